using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Host.Ble;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Simulator;

namespace DeviceFirmware.CompanionTests.Rig
{
    /// <summary>
    /// The device the page pairs with: the simulator's engine (the real portable firmware on host adapters,
    /// its in-memory GATT peripheral, a simulated home network, the in-process LWA + DRS sandbox on the same
    /// virtual clock). While the page works, a pump moves the virtual clock with real time and ticks the
    /// firmware, as the device's main loop would; every GATT operation and every tick runs under
    /// <see cref="Gate"/>, so the single-threaded firmware sees one caller at a time.
    /// </summary>
    public sealed class DeviceUnderTest : IDisposable
    {
        /// <summary>The home network's name.</summary>
        public const string Ssid = "Home-2G";

        /// <summary>The home network's password (a secret: tests assert it never shows up in logs).</summary>
        public const string Password = "correct-horse-battery-9";

        private static readonly TimeSpan PumpPeriod = TimeSpan.FromMilliseconds(50);

        private readonly StringWriter _story = new StringWriter();
        private Thread _pump;
        private volatile bool _stopPump;
        private TimeSpan _lastReal;
        private readonly Stopwatch _real = new Stopwatch();

        /// <summary>Creates the device and its sandbox; call <see cref="Start"/> to power it on.</summary>
        /// <param name="redirectUri">The page's return URL, registered with the sandbox for the default client.</param>
        /// <param name="sandboxPort">The sandbox's port (the page's config names it before the sandbox starts).</param>
        /// <param name="configure">More sandbox options (e.g. consent denied).</param>
        /// <param name="passkey">A 6-digit passkey for passkey pairing, or null for Just Works.</param>
        public DeviceUnderTest(string redirectUri, int sandboxPort, Action<SandboxOptions> configure = null, string passkey = null)
        {
            string config = SimulationRun.EmbeddedConfig();
            if (passkey != null)
            {
                config = config.Replace("passkey = none", "passkey = " + passkey, StringComparison.Ordinal);
            }

            var settings = new SimulationSettings
            {
                ConfigText = config,
                RedirectUri = redirectUri,
                WifiSsid = Ssid,
                WifiPassword = Password,
                ConfigureSandbox = options =>
                {
                    options.Port = sandboxPort;
                    configure?.Invoke(options);
                },
            };
            Run = new SimulationRun(settings, TextWriter.Synchronized(_story)) { AutoProvision = false };
        }

        private DeviceUnderTest(SimulationSettings settings)
        {
            Run = new SimulationRun(settings, TextWriter.Synchronized(_story)) { AutoProvision = false };
        }

        /// <summary>
        /// A device in the web-app flow: the simulator's web application (Cloud/, SQLite) and its LWA + DRS sandbox
        /// on the device's virtual clock, the embedded nf.config switched to device.flow = web-app with the web
        /// application's URL; <see cref="Start"/> has the factory make the unit's key and claim code.
        /// </summary>
        public static DeviceUnderTest InWebAppFlow()
        {
            var settings = new SimulationSettings { WifiSsid = Ssid, WifiPassword = Password };
            var device = new DeviceUnderTest(settings);
            device.Cloud = SimulatedCloud.Start(device.Run.Clock, settings.DeliveryDelay);
            settings.Sandbox = device.Cloud.Sandbox;
            settings.ConfigText = WebAppConfig.From(SimulationRun.EmbeddedConfig(), device.Cloud.BaseUrl);
            return device;
        }

        /// <summary>The web application and its sandbox (web-app flow only; null otherwise).</summary>
        public SimulatedCloud Cloud { get; private set; }

        /// <summary>The unit the factory made, with its claim code (web-app flow, after <see cref="Start"/>).</summary>
        public FactoryUnit Unit { get; private set; }

        /// <summary>Taken around every tick and every GATT operation.</summary>
        public object Gate { get; } = new object();

        /// <summary>The simulation: firmware, flash, network, sandbox, clock.</summary>
        public SimulationRun Run { get; }

        /// <summary>The firmware's GATT peripheral (a new one after each power-on).</summary>
        public InMemoryGattPeripheral Peripheral => Run.Peripheral;

        /// <summary>What the simulator printed (the firmware's log in plain words included).</summary>
        public string Story => _story.ToString();

        /// <summary>The device's provisioning status now.</summary>
        public StatusValue Status
        {
            get
            {
                lock (Gate)
                {
                    return Run.App.Provisioning.Endpoint.Status(Run.Clock.UtcNow);
                }
            }
        }

        /// <summary>Starts the sandbox (web-app flow: the factory makes the unit), powers the device on (its window opens: no tokens) and starts the pump.</summary>
        public void Start()
        {
            Run.Start();
            if (Cloud != null)
            {
                Unit = Cloud.AddDevice(Run.Config.DeviceModel, Run.Serial);
                Run.DeviceKey = DeviceKeyLoader.Load(new FolderDeviceKeyFile(Unit.KeyPath), Run.Log)
                    ?? throw new InvalidOperationException("the device key the factory made does not load");
            }

            Run.PowerOn();
            _real.Start();
            _pump = new Thread(PumpLoop) { IsBackground = true, Name = "device main loop" };
            _pump.Start();
        }

        /// <summary>Raised on the pump thread after each tick (outside <see cref="Gate"/>).</summary>
        public event Action Ticked;

        /// <summary>Moves the virtual clock forward at once and ticks (e.g. past the window's end).</summary>
        public void Jump(TimeSpan by)
        {
            lock (Gate)
            {
                Run.Clock.Advance(by);
                Run.App?.Tick(Run.Clock.UtcNow);
            }
        }

        /// <summary>Stops the real-time pump; afterwards the test steps the simulation itself.</summary>
        public void StopPump()
        {
            _stopPump = true;
            _pump?.Join();
        }

        /// <summary>After provisioning: runs virtual days until an order is placed (at most 30 days).</summary>
        /// <returns>True when an order was placed.</returns>
        public bool RunUntilOrder()
        {
            StopPump();
            lock (Gate)
            {
                int before = Run.OrdersPlaced;
                return Run.RunUntil(() => Run.OrdersPlaced > before, TimeSpan.FromDays(30));
            }
        }

        /// <inheritdoc />
        public void Dispose()
        {
            StopPump();
            Run.Dispose();
            Cloud?.Dispose();
        }

        private void PumpLoop()
        {
            while (!_stopPump)
            {
                Thread.Sleep(PumpPeriod);
                lock (Gate)
                {
                    TimeSpan now = _real.Elapsed;
                    Run.Clock.Advance(now - _lastReal);
                    _lastReal = now;
                    if (Run.App != null)
                    {
                        Run.App.Tick(Run.Clock.UtcNow);
                    }
                }

                Ticked?.Invoke();
            }
        }
    }
}
