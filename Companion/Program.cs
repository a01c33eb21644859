using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace DeviceFirmware.Companion
{
    /// <summary>
    /// <c>dotnet run --project Companion</c>: serves the companion page on 127.0.0.1:5198 with the LWA + DRS
    /// sandbox on 127.0.0.1:5199, prints the URL and how to open it, and stops on Ctrl+C or SIGTERM.
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        /// <param name="args">Options (see --help).</param>
        /// <returns>0 after Ctrl+C, 2 for bad arguments, 1 when the host cannot start.</returns>
        public static int Main(string[] args)
        {
            CommandLine line;
            try
            {
                line = CommandLine.Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("DeviceFirmware.Companion: " + e.Message);
                Console.Error.Write(CommandLine.Usage);
                return 2;
            }

            if (line.Help)
            {
                Console.Write(CommandLine.Usage);
                return 0;
            }

            CompanionServer server;
            try
            {
                server = CompanionServer.Start(new CompanionServerOptions
                {
                    Port = line.Port,
                    StartSandbox = line.Sandbox,
                    SandboxPort = line.SandboxPort,

                    // With the sandbox the return URL follows the bound port, so --port needs no config edit.
                    ReturnUrlFromOrigin = line.Sandbox,
                });
            }
            catch (Exception e) when (e is IOException || e is InvalidDataException || e is UnauthorizedAccessException)
            {
                // IOException covers a port in use (Kestrel's AddressInUseException).
                Console.Error.WriteLine("DeviceFirmware.Companion: cannot start: " + e.Message);
                return 1;
            }

            using var stop = new ManualResetEventSlim();

            // Ctrl+C (SIGINT), SIGTERM and SIGQUIT end the wait; cancelling the default lets the finally block stop both servers.
            Action<PosixSignalContext> onSignal = context =>
            {
                context.Cancel = true;
                stop.Set();
            };
            using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, onSignal);
            using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, onSignal);
            using PosixSignalRegistration sigquit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, onSignal);
            try
            {
                PrintWelcome(server);
                stop.Wait();
                Console.WriteLine("Stopping.");
            }
            finally
            {
                server.Dispose();
            }

            return 0;
        }

        private static void PrintWelcome(CompanionServer server)
        {
            Console.WriteLine("Companion page:  " + server.Url + "/");
            if (server.Sandbox != null)
            {
                Console.WriteLine("LWA sandbox:     " + server.Sandbox.BaseUrl + " (signs in its test user and approves at once)");
                Console.WriteLine("                 client " + server.ClientId + ", return URL " + server.ReturnUrl);
            }
            else
            {
                Console.WriteLine("No sandbox: the page uses " + Path.Combine(server.WebRoot, CompanionServer.ConfigFileName) + " as it is.");
            }

            Console.WriteLine();
            Console.WriteLine("Open the page in Chrome or Edge (Android, Windows, macOS, ChromeOS, Linux) on this machine.");
            Console.WriteLine("On Linux desktop Chrome, enable chrome://flags/#enable-experimental-web-platform-features first.");
            Console.WriteLine("Safari, iOS browsers and Firefox have no Web Bluetooth.");
            Console.WriteLine("Hold the device's button for 5 seconds to open its pairing window, then select \"Find your device\".");
            Console.WriteLine("Press Ctrl+C to stop.");
        }
    }
}
