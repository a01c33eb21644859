using System;
using System.IO;
using System.Reflection;
using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using DeviceFirmware.Host.Platform;
using DeviceFirmware.Identity;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// Runs the firmware's portable logic on the host, with no arguments on the embedded nf.config.
    /// </summary>
    public static class Program
    {
        // A fixed simulated chip MAC, so the simulated serial is stable from run to run.
        private static readonly byte[] SimulatedMac = { 0x24, 0x0A, 0xC4, 0x5E, 0x1A, 0x70 };

        /// <summary>Entry point: <c>dotnet run --project Host/Simulator [-- --config PATH]</c>.</summary>
        public static int Main(string[] args)
        {
            string configPath = null;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--config" && i + 1 < args.Length)
                {
                    configPath = args[++i];
                }
                else if (args[i] == "--help" || args[i] == "-h")
                {
                    Console.WriteLine("usage: DeviceFirmware.Simulator [--config PATH]   (default: the embedded nf.config)");
                    return 0;
                }
                else
                {
                    Console.Error.WriteLine($"unknown argument '{args[i]}' (try --help)");
                    return 2;
                }
            }

            var log = new ConsoleLog(Console.Out);
            Console.WriteLine("DeviceFirmware simulator: the device's portable logic with host adapters");

            FirmwareConfig config;
            try
            {
                config = FirmwareConfig.Parse(configPath == null ? EmbeddedConfig() : File.ReadAllText(configPath));
            }
            catch (ConfigException e)
            {
                Console.Error.WriteLine(e.Message + (configPath == null ? " (embedded default)" : " (" + configPath + ")"));
                return 2;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"cannot read {configPath}: {e.Message}");
                return 2;
            }

            Console.WriteLine("1. Boot: configuration " + (configPath ?? "embedded nf.config") + " is valid");
            log.Info("device model " + config.DeviceModel);
            string serial = config.SerialSource == SerialSource.Mac ? DeviceSerial.FromMac(SimulatedMac) : config.Serial;
            log.Info("serial " + serial + (config.SerialSource == SerialSource.Mac ? " (from the simulated chip MAC)" : " (from nf.config)"));
            log.Info("LWA token endpoint " + config.LwaTokenUrl);
            log.Info("DRS endpoint " + config.DrsBaseUrl);

            Console.WriteLine("2. PKCE: a fresh code verifier for this provisioning attempt (RFC 7636)");
            CodeVerifier verifier = CodeVerifier.Generate(new OsRandomSource(), config.PkceVerifierLength);
            log.Info("verifier: " + verifier.Length + " characters, kept in RAM only, fingerprint " + verifier.Fingerprint());
            log.Info("challenge (" + PkceMethodNames.ToWireName(config.PkceMethod) + "): " + verifier.ComputeChallenge(config.PkceMethod));

            Console.WriteLine("3. What the companion app reads over BLE: model " + config.DeviceModel + ", serial " + serial
                + ", code challenge and method " + PkceMethodNames.ToWireName(config.PkceMethod));
            verifier.Wipe();
            log.Info("verifier wiped at the end of the attempt");

            Console.WriteLine("Summary: configuration valid, PKCE pair generated. BLE provisioning, token exchange and");
            Console.WriteLine("replenishment are not simulated yet (see README, Status).");
            return 0;
        }

        private static string EmbeddedConfig()
        {
            using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("nf.config")
                ?? throw new InvalidOperationException("the simulator was built without its embedded nf.config");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
