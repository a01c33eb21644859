using System;
using System.IO;
using System.Text.RegularExpressions;
using DeviceFirmware.Cloud;
using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.Cloud.Hosting;
using DeviceFirmware.Sandbox;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The maker's side of the web-app story, in-process: the web application (<see cref="CloudServer"/>, SQLite
    /// in a temporary folder) and the LWA + DRS sandbox it is the confidential client of, both on the
    /// simulation's virtual clock; and the factory (the add-devices command) that makes the unit's key and claim code.
    /// </summary>
    public sealed class SimulatedCloud : IDisposable
    {
        private readonly string _folder;

        private SimulatedCloud(string folder, CloudSettings settings, SandboxServer sandbox, CloudServer server)
        {
            _folder = folder;
            Settings = settings;
            Sandbox = sandbox;
            Server = server;
        }

        /// <summary>The web application's settings (database, LWA client, DRS: the sandbox's).</summary>
        public CloudSettings Settings { get; }

        /// <summary>LWA + DRS, on the virtual clock.</summary>
        public SandboxServer Sandbox { get; }

        /// <summary>The running web application.</summary>
        public CloudServer Server { get; }

        /// <summary>http://127.0.0.1:PORT of the web application.</summary>
        public string BaseUrl => Server.BaseUrl;

        /// <summary>Starts the sandbox and the web application on <paramref name="clock"/>.</summary>
        /// <param name="clock">The simulation's clock (the device signs with it; the web application checks it).</param>
        /// <param name="deliveryDelay">How long the sandbox takes to deliver an order.</param>
        public static SimulatedCloud Start(VirtualClock clock, TimeSpan deliveryDelay)
        {
            string folder = Path.Combine(Path.GetTempPath(), "devicefirmware-sim-cloud-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var settings = new CloudSettings();
            settings.Database.Provider = "Sqlite";
            settings.Database.ConnectionString = "Data Source=" + Path.Combine(folder, "cloud.db");
            SandboxServer sandbox = LocalSandbox.Start(settings, options =>
            {
                options.Clock = clock.Sandbox;
                options.DeliveryDelay = deliveryDelay;
            });
            try
            {
                CloudServer server = CloudServer.StartAsync(settings, new VirtualTimeProvider(clock)).GetAwaiter().GetResult();
                return new SimulatedCloud(folder, settings, sandbox, server);
            }
            catch
            {
                sandbox.Dispose();
                throw;
            }
        }

        /// <summary>
        /// The factory makes one unit, exactly as `dotnet run --project Cloud -- add-devices` does (a test device:
        /// DRS places test orders): its files are read back as the board (device.key) and the label (claim code) get them.
        /// </summary>
        /// <exception cref="InvalidOperationException">The command refused (its message says why).</exception>
        public FactoryUnit AddDevice(string model, string serial)
        {
            string outDir = Path.Combine(_folder, "factory");
            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = AddDevicesCommand.RunAsync(new[] { "--model", model, "--serials", serial, "--out", outDir, "--test-devices" }, Settings, output, errors)
                .GetAwaiter().GetResult();
            if (exit != 0)
            {
                throw new InvalidOperationException("add-devices exited " + exit + ": " + errors.ToString().Trim());
            }

            string unitFolder = Path.Combine(outDir, serial);
            string label = File.ReadAllText(Path.Combine(unitFolder, "label.txt"));
            Match claim = Regex.Match(label, "^Claim code: (.+)$", RegexOptions.Multiline);
            if (!claim.Success)
            {
                throw new InvalidOperationException("add-devices wrote a label without a claim code");
            }

            return new FactoryUnit(serial, Path.Combine(unitFolder, "device.key"), claim.Groups[1].Value.Trim());
        }

        /// <inheritdoc />
        public void Dispose()
        {
            Server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Sandbox.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
