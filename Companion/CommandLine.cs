using System;
using System.Globalization;

namespace DeviceFirmware.Companion
{
    /// <summary>The parsed command line of <see cref="Program"/>.</summary>
    internal sealed class CommandLine
    {
        /// <summary>The usage text printed by --help and after a bad argument.</summary>
        public const string Usage =
            "usage: dotnet run --project Companion [-- [--port N] [--sandbox-port N] [--no-sandbox]]\n"
            + "  --port N           the page on http://127.0.0.1:N (default 5198; 0 = any free port)\n"
            + "  --sandbox-port N   the LWA + DRS sandbox on http://127.0.0.1:N (default 5199; 0 = any free port)\n"
            + "  --no-sandbox       no sandbox; serve wwwroot/companion.config.json exactly as it is\n"
            + "                     (a maker checking their production config)\n"
            + "  --help             this text\n";

        /// <summary>The page's port.</summary>
        public int Port { get; private set; } = 5198;

        /// <summary>The sandbox's port.</summary>
        public int SandboxPort { get; private set; } = 5199;

        /// <summary>False with --no-sandbox.</summary>
        public bool Sandbox { get; private set; } = true;

        /// <summary>True with --help.</summary>
        public bool Help { get; private set; }

        /// <summary>Parses <paramref name="args"/>.</summary>
        /// <exception cref="ArgumentException">An unknown option, a missing value or a bad port; the message says which.</exception>
        public static CommandLine Parse(string[] args)
        {
            var line = new CommandLine();
            bool sandboxPortGiven = false;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--port":
                        line.Port = PortOf(args, ref i);
                        break;
                    case "--sandbox-port":
                        line.SandboxPort = PortOf(args, ref i);
                        sandboxPortGiven = true;
                        break;
                    case "--no-sandbox":
                        line.Sandbox = false;
                        break;
                    case "--help":
                    case "-h":
                    case "-?":
                        line.Help = true;
                        break;
                    default:
                        throw new ArgumentException("unknown argument '" + args[i] + "'");
                }
            }

            if (!line.Sandbox && sandboxPortGiven)
            {
                throw new ArgumentException("--sandbox-port and --no-sandbox contradict each other");
            }

            if (line.Sandbox && line.Port != 0 && line.Port == line.SandboxPort)
            {
                throw new ArgumentException("the page and the sandbox need different ports (both are " + line.Port + ")");
            }

            return line;
        }

        private static int PortOf(string[] args, ref int i)
        {
            string option = args[i];
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException(option + " needs a port number");
            }

            string text = args[++i];
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
            {
                throw new ArgumentException(option + " needs a port number from 0 to 65535, not '" + text + "'");
            }

            return port;
        }
    }
}
