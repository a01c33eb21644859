using System;
using System.Threading;
using DeviceFirmware.App;
using DeviceFirmware.Config;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Esp32;
using DeviceFirmware.Net;
using DeviceFirmware.Status;
using nanoFramework.Runtime.Native;

namespace DeviceFirmware
{
    /// <summary>
    /// Device composition root: the portable <see cref="FirmwareApp"/> (the same one the simulator runs) with the
    /// ESP32 adapters, driven by a main loop that ticks it, sleeps until its next wake-up (at most 1 s, so the
    /// button and the provisioning window are served) and survives exceptions (<see cref="RecoveringLoop"/>).
    /// Nothing here erases stored tokens: a bad nf.config or root CA halts with the error LED instead.
    /// </summary>
    public class Program
    {
        /// <summary>Version published in the BLE info characteristic (1..32 ASCII characters).</summary>
        public const string FirmwareVersion = "1.0.0";

        /// <summary>GPIO of the status LED (the on-board LED of most ESP32 DevKit boards; README, Hardware guide).</summary>
        public const int StatusLedPin = 2;

        /// <summary>Root CA of the LWA and DRS servers, deployed by flash.ps1 (docs/flashing.md).</summary>
        public const string RootCaPath = "I:\\AmazonRootCA1.pem";

        private static readonly TimeSpan HttpTimeout = new TimeSpan(0, 0, 30);
        private static readonly TimeSpan WifiTimeout = new TimeSpan(0, 0, 30);
        private static readonly TimeSpan TimeSyncTimeout = new TimeSpan(0, 0, 15);

        /// <summary>Entry point called by nanoCLR after boot.</summary>
        public static void Main()
        {
            ILog log = new SerialConsoleLog();
            log.Info("DeviceFirmware " + FirmwareVersion + " starting");
            MemoryReporter memory = new MemoryReporter(new MemoryReport(), log);
            memory.Report("start-up");
            StatusLed led = new StatusLed(StatusLedPin);

            FirmwareConfig config = ConfigLoader.Load(new FlashConfigFile(), log);
            if (config == null)
            {
                // Stay up and say why, rather than reboot-looping: the stored tokens stay untouched.
                Halt(led, log, "fix nf.config and redeploy it, then reset the board");
            }

            FirmwareApp app = Compose(config, memory, log);
            if (app == null)
            {
                Halt(led, log, "deploy the root CA (flash.ps1 puts it at " + RootCaPath + "), then reset the board");
            }

            // The BLE server is not stopped before TLS work: the provisioning code has no hook for it and the
            // companion app reads the exchange's outcome over BLE (README, Hardware guide, memory).
            FirmwareLoopStep step = new FirmwareLoopStep(app, WakeDelay.Responsive);
            RecoveringLoop loop = new RecoveringLoop(step, log);
            while (true)
            {
                TimeSpan sleep = loop.RunOnce(DateTime.UtcNow);
                if (loop.RebootRequested)
                {
                    Power.RebootDevice();
                }

                led.Show(loop.ConsecutiveFailures > 0 || !step.IsBooted ? LedPatterns.Error : LedPatterns.For(app.Mode));
                Thread.Sleep((int)sleep.TotalMilliseconds);
            }
        }

        private static FirmwareApp Compose(FirmwareConfig config, MemoryReporter memory, ILog log)
        {
            NanoHttpTransport https;
            try
            {
                // One client for the life of the firmware: TLS buffers and the CA are set up once.
                https = new NanoHttpTransport(RootCaPath, HttpTimeout);
            }
            catch (Exception e)
            {
                log.Error("root CA " + RootCaPath + " unusable: " + ExceptionSummary.Describe(e));
                return null;
            }

            HardwareRandomSource random = new HardwareRandomSource();
            WifiStation wifi = new WifiStation(WifiTimeout, random, log);
            string serial = DeviceIdentity.Serial(config);
            log.Info("serial " + serial + "; " + config);
            IHttpTransport http = new FirstExchangeMemoryReport(https, memory);
            FirmwarePorts ports = new FirmwarePorts(
                new FileFlashStore(),
                http,
                random,
                new AdcSupplySensor(),
                new BleGattPeripheral(config.Provisioning.Passkey, random, log),
                wifi,
                wifi,
                new SntpTimeSync(TimeSyncTimeout, log),
                new ProvisioningButton(config.Provisioning.ButtonPin),
                new RtcClock(),
                log);
            return new FirmwareApp(config, serial, FirmwareVersion, ports);
        }

        private static void Halt(StatusLed led, ILog log, string fix)
        {
            led.Show(LedPatterns.Error);
            log.Error("halted: " + fix);
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
