using System;
using System.Collections;
using DeviceFirmware.App;
using DeviceFirmware.Config;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Tests.Fakes;

namespace DeviceFirmware.Tests.App
{
    /// <summary>The whole <see cref="FirmwareApp"/> in the web-app flow on the fake web application; flash survives <see cref="Reboot"/>.</summary>
    public sealed class WebAppFirmwareRig
    {
        /// <summary>nf.config of the rig: web-app flow, one slot.</summary>
        public const string ConfigText = "[device]\nmodel = DeviceFirmwareSim\nserial = 240AC45E1A70\nflow = web-app\n[cloud]\nurl = https://cloud.example.com\n"
            + "[slot.coffee]\nslot_id = slot-a\nsensor_channel = 0\nraw_empty = 1000\nraw_full = 3000\noriginal_quantity = 500\nunit = g\n";

        private byte _nextMessageId;

        /// <summary>Creates the rig and boots it (unprovisioned).</summary>
        public WebAppFirmwareRig()
        {
            Flash = new MemoryFlashStore();
            Web = new FakeWebApp(FakeDeviceKeyFile.TestKeyHex);
            Log = new RecordingLog();
            Clock = new ManualClock(AppRig.Start);
            Sensor = new ScriptedSupplySensor();
            Wifi = new ScriptedWifiStation();
            WifiLink = new FakeWifiLink();
            Level(50);
            Reboot();
        }

        /// <summary>Flash.</summary>
        public MemoryFlashStore Flash { get; private set; }

        /// <summary>The web application (the only HTTP server the device may call).</summary>
        public FakeWebApp Web { get; private set; }

        /// <summary>The log.</summary>
        public RecordingLog Log { get; private set; }

        /// <summary>The clock.</summary>
        public ManualClock Clock { get; private set; }

        /// <summary>The sensor.</summary>
        public ScriptedSupplySensor Sensor { get; private set; }

        /// <summary>The provisioning Wi-Fi station.</summary>
        public ScriptedWifiStation Wifi { get; private set; }

        /// <summary>The operating Wi-Fi link.</summary>
        public FakeWifiLink WifiLink { get; private set; }

        /// <summary>The BLE peripheral of the current boot.</summary>
        public RecordingGattPeripheral Peripheral { get; private set; }

        /// <summary>The firmware.</summary>
        public FirmwareApp App { get; private set; }

        /// <summary>A restart over the same flash.</summary>
        public void Reboot()
        {
            Peripheral = new RecordingGattPeripheral();
            _nextMessageId = 0;
            FirmwarePorts ports = new FirmwarePorts(Flash, Web, ScriptedRandomSource.Counting(Flash.WriteCount + Web.RequestCount), Sensor, Peripheral, Wifi, WifiLink, new ScriptedTimeSync(), new FakeProvisioningButton(), Clock, Log);
            App = new FirmwareApp(FirmwareConfig.Parse(ConfigText), "240AC45E1A70", "0.6.0", ports, DeviceKey.Parse(Hex.Ascii(FakeDeviceKeyFile.TestKeyHex)));
            App.Boot(Clock.UtcNow);
        }

        /// <summary>Sets the sensor.</summary>
        /// <param name="percent">0..100.</param>
        public void Level(double percent)
        {
            Sensor.Set(0, 1000 + (int)((percent * 20) + 0.5));
        }

        /// <summary>Runs the loop for a while, as the device would.</summary>
        /// <param name="duration">How long.</param>
        public void Run(TimeSpan duration)
        {
            DateTime end = Clock.UtcNow + duration;
            while (Clock.UtcNow < end)
            {
                App.Tick(Clock.UtcNow);
                DateTime next = App.NextWake(Clock.UtcNow);
                DateTime target = next > end ? end : next;
                TimeSpan step = target - Clock.UtcNow;
                Clock.Advance(step < TimeSpan.FromTicks(TimeSpan.TicksPerSecond) ? TimeSpan.FromTicks(TimeSpan.TicksPerSecond) : step);
            }
        }

        /// <summary>A BLE write of a whole message on an encrypted link.</summary>
        /// <param name="characteristicIndex">Where.</param>
        /// <param name="message">What.</param>
        /// <returns>0 or the ATT error.</returns>
        public byte Send(int characteristicIndex, byte[] message)
        {
            GattLink link = new GattLink(true, false, GattLink.MinimumMtu);
            ArrayList frames = FrameCodec.Split(_nextMessageId++, message, link.Mtu);
            for (int i = 0; i < frames.Count; i++)
            {
                byte error = Peripheral.Handler.OnWrite(characteristicIndex, (byte[])frames[i], link);
                if (error != 0)
                {
                    return error;
                }
            }

            return 0;
        }

        /// <summary>Provisions over BLE as the companion page would in this flow: SSID, password, commit.</summary>
        public void Provision()
        {
            byte attempt = Tlv.Find(Peripheral.Handler.OnRead(CharacteristicIndex.Challenge), ReadableValues.TagAttempt)[0];
            Expect(Send(CharacteristicIndex.WifiSsid, Hex.Ascii("HomeNetwork")));
            Expect(Send(CharacteristicIndex.WifiPassword, Hex.Ascii(AppRig.Password)));
            Expect(Send(CharacteristicIndex.Command, new byte[] { CommandCode.Commit, attempt }));
            WifiLink.IsConnected = true;
            for (int i = 0; i < 6; i++)
            {
                App.Tick(Clock.UtcNow);
                Clock.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerSecond));
            }
        }

        private static void Expect(byte attError)
        {
            if (attError != 0)
            {
                throw new InvalidOperationException("write refused with ATT error " + attError);
            }
        }
    }
}
