using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading;
using DeviceFirmware.Sandbox.Log;

namespace DeviceFirmware.Sandbox
{
    /// <summary>
    /// The sandbox on its own: <c>dotnet run --project Host/Sandbox [-- options]</c>, listening on
    /// 127.0.0.1:5000 (the port of the repository's nf.config) until Ctrl+C or SIGTERM, printing one line per request.
    /// </summary>
    public static class Program
    {
        private const string Usage =
            "usage: DeviceFirmware.Sandbox [--port N] [--client-id ID --redirect-uri URI...] [--rotate]\n"
            + "                              [--delivery-delay SECONDS] [--expires-in-string] [--state FILE] [--quiet]\n"
            + "                              [--https ADDRESS:PORT [--ca-dir DIR]]\n"
            + "  --port N              TCP port on 127.0.0.1 (default 5000; 0 = any free port)\n"
            + "  --client-id ID        register this LWA client (besides the default one)...\n"
            + "  --redirect-uri URI    ...with this redirect URI (repeatable)\n"
            + "  --client-secret S     ...as a confidential client (a web application) with this secret\n"
            + "  --rotate              new refresh token on every refresh\n"
            + "  --delivery-delay S    orders count as delivered S seconds after they are placed\n"
            + "  --expires-in-string   send expires_in as a JSON string\n"
            + "  --state FILE          resume from FILE if it exists; save the state to it when stopped\n"
            + "  --quiet               do not print each request\n"
            + "  --https ADDR:PORT     LAN bring-up: HTTPS on this address of the PC, certificate from a throw-away CA\n"
            + "  --ca-dir DIR          where that CA lives (created on first run, reused later; default: per-user folder)\n";

        /// <summary>Entry point.</summary>
        /// <param name="args">Options (see --help).</param>
        /// <returns>0 after Ctrl+C, 2 for bad arguments, 1 when the server cannot start.</returns>
        public static int Main(string[] args)
        {
            var options = new SandboxOptions { Port = 5000 };
            string clientId = null;
            var redirectUris = new List<string>();
            bool quiet = false;
            string https = null, caDir = null, clientSecret = null;
            Tls.LanMode lan = null;
            try
            {
                for (int i = 0; i < args.Length; i++)
                {
                    switch (args[i])
                    {
                        case "--port":
                            options.Port = int.Parse(Next(args, ref i), NumberStyles.None, CultureInfo.InvariantCulture);
                            break;
                        case "--client-id":
                            clientId = Next(args, ref i);
                            break;
                        case "--client-secret":
                            clientSecret = Next(args, ref i);
                            break;
                        case "--redirect-uri":
                            redirectUris.Add(Next(args, ref i));
                            break;
                        case "--rotate":
                            options.RotateRefreshTokens = true;
                            break;
                        case "--delivery-delay":
                            options.DeliveryDelay = TimeSpan.FromSeconds(int.Parse(Next(args, ref i), NumberStyles.None, CultureInfo.InvariantCulture));
                            break;
                        case "--expires-in-string":
                            options.ExpiresInAsString = true;
                            break;
                        case "--state":
                            options.StatePath = Next(args, ref i);
                            break;
                        case "--https":
                            https = Next(args, ref i);
                            break;
                        case "--ca-dir":
                            caDir = Next(args, ref i);
                            break;
                        case "--quiet":
                            quiet = true;
                            break;
                        case "--help":
                        case "-h":
                            Console.Write(Usage);
                            return 0;
                        default:
                            throw new ArgumentException("unknown argument '" + args[i] + "'");
                    }
                }

                if ((clientId == null) != (redirectUris.Count == 0))
                {
                    throw new ArgumentException("--client-id and --redirect-uri go together");
                }

                if (clientId != null)
                {
                    options.Clients.Add(clientSecret == null
                        ? new SandboxClient(clientId, redirectUris.ToArray())
                        : SandboxClient.Confidential(clientId, clientSecret, false, redirectUris.ToArray()));
                }

                if (clientSecret != null && clientId == null)
                {
                    throw new ArgumentException("--client-secret goes with --client-id");
                }

                if (caDir != null && https == null)
                {
                    throw new ArgumentException("--ca-dir goes with --https");
                }
            }
            catch (Exception e) when (e is ArgumentException || e is FormatException || e is OverflowException)
            {
                Console.Error.WriteLine("sandbox: " + e.Message + " (try --help)");
                return 2;
            }

            // One line naming the option, exit 2, before anything listens; never a key.
            string lanProblem = https == null ? null : Tls.LanMode.TryPrepare(https, caDir, DateTimeOffset.UtcNow, out lan);
            if (lanProblem != null)
            {
                Console.Error.WriteLine("sandbox: " + lanProblem);
                return 2;
            }

            if (lan != null)
            {
                options.Port = lan.Port;
                options.Https = lan.Tls.ToHttps();
            }

            SandboxServer server;
            try
            {
                server = SandboxServer.Start(options);
            }
            catch (Exception e) when (e is System.IO.IOException || e is System.IO.InvalidDataException || e is ArgumentException || e is UnauthorizedAccessException)
            {
                Console.Error.WriteLine("sandbox: cannot start: " + e.Message);
                return 1;
            }

            using (server)
            {
                if (!quiet)
                {
                    // RequestRecord.ToString holds no secret: path without query, fingerprints only.
                    server.Requests.Recorded += (RequestRecord record) => Console.WriteLine(record);
                }

                Console.WriteLine("LWA + DRS sandbox listening on " + server.BaseUrl);
                Console.WriteLine("  authorize  GET  " + server.AuthorizeUrl);
                Console.WriteLine("  token      POST " + server.TokenUrl);
                Console.WriteLine("  DRS base        " + server.BaseUrl);
                foreach (SandboxClient client in options.Clients)
                {
                    Console.WriteLine("  client " + client.ClientId + " -> " + string.Join(", ", client.RedirectUris));
                }

                if (server.RestoredFrom != null)
                {
                    Console.WriteLine("  resumed from " + server.RestoredFrom + ": " + server.Registrations().Count + " registration(s), " + server.Orders().Count + " order(s)");
                }

                foreach (string line in lan?.DeployLines(server.BaseUrl) ?? Array.Empty<string>())
                {
                    Console.WriteLine(line);
                }

                Console.WriteLine("Ctrl+C stops it.");
                using (var stop = new ManualResetEventSlim())
                using (PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(stop)))
                using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(stop)))
                {
                    stop.Wait();
                }

                Console.WriteLine("sandbox stopped; " + server.Requests.Count + " requests served");
                if (options.StatePath != null)
                {
                    try
                    {
                        server.SaveState(options.StatePath);
                        Console.WriteLine("state saved to " + options.StatePath + " (tokens as SHA-256 only)");
                    }
                    catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException)
                    {
                        Console.Error.WriteLine("sandbox: state not saved: " + e.Message);
                        return 1;
                    }
                }
            }

            return 0;
        }

        private static Action<PosixSignalContext> Stop(ManualResetEventSlim stop)
        {
            return context =>
            {
                // Stop cleanly (held requests released, port closed) instead of the runtime's abrupt exit.
                context.Cancel = true;
                stop.Set();
            };
        }

        private static string Next(string[] args, ref int i)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException(args[i] + " needs a value");
            }

            return args[++i];
        }
    }
}
