using System;
using System.Threading;
using DeviceFirmware.App;
using DeviceFirmware.Config;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Esp32;
using DeviceFirmware.Net;
using DeviceFirmware.Status;
using nanoFramework.Runtime.Native;

namespace DeviceFirmware
{
    /// <summary>
    /// Device composition root: the portable <see cref="FirmwareApp"/> (the same one the simulator runs) with the
    /// ESP32 adapters, driven by a main loop that boots it on the first pass and ticks it afterwards, sleeps until
    /// its next wake-up (at most 1 s, so the button and the provisioning window are served) and survives
    /// exceptions (<see cref="RecoveringLoop"/>: after a failed pass it pauses 1 s growing to 300 s, shows the
    /// error LED, and reboots the board after 20 failures in a row). Nothing here erases stored tokens: a bad
    /// nf.config or root CA halts with the error LED instead.
    /// </summary>
    public class Program
    {
        /// <summary>Version published in the BLE info characteristic (1..32 ASCII characters).</summary>
        public const string FirmwareVersion = FirmwareInfo.Version;

        /// <summary>Root CA of the LWA and DRS servers (of the web application in the web-app flow), deployed by flash.ps1 (docs/flashing.md).</summary>
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
            FirmwareConfig config = ConfigLoader.Load(new FlashConfigFile(), log);

            // The LED is on device.status_led_pin; without a valid nf.config its pin is unknown, so the error pattern
            // goes to the default GPIO 2 (docs/nf-config.md).
            StatusLed led = new StatusLed(config == null ? FirmwareConfigSchema.DefaultStatusLedPin : config.StatusLedPin);
            if (config == null)
            {
                // Stay up and say why, rather than reboot-looping: the stored tokens stay untouched.
                Halt(led, log, "fix nf.config and redeploy it, then reset the board");
            }

            // The web-app flow signs every request with the unit's key (docs/device-api.md): without it, halt as for a bad nf.config.
            DeviceKey deviceKey = null;
            if (config.Flow == FirmwareFlow.WebApp)
            {
                deviceKey = DeviceKeyLoader.Load(new FlashDeviceKeyFile(), log);
                if (deviceKey == null)
                {
                    Halt(led, log, "deploy the device key (flash.ps1 -DeviceKey puts it at " + FlashDeviceKeyFile.DevicePath + "), then reset the board");
                }
            }

            FirmwareApp app = Compose(config, deviceKey, memory, log);
            if (app == null)
            {
                Halt(led, log, "deploy the root CA (flash.ps1 puts it at " + RootCaPath + "), then reset the board");
            }

            // By default the BLE server keeps running through the code exchange's TLS handshake and the companion app
            // reads the outcome on its link. With provisioning.ble_during_exchange = stop, ProvisioningSession stops it
            // (BleGattPeripheral.StopServer frees NimBLE's memory for TLS) and advertises again after the exchange, and
            // the app reconnects to read the outcome (README, Hardware guide; docs/provisioning-protocol.md section 8.3).
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

        private static FirmwareApp Compose(FirmwareConfig config, DeviceKey deviceKey, MemoryReporter memory, ILog log)
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
            return new FirmwareApp(config, serial, FirmwareVersion, ports, deviceKey);
        }

        private static void Halt(StatusLed led, ILog log, string fix)
        {
            led.Show(LedPatterns.Error);
            log.Error("halted: " + fix);
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
