using System;
using System.Collections;
using DeviceFirmware.App;
using DeviceFirmware.Config;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;

namespace DeviceFirmware.Tests.App
{
    /// <summary>A <see cref="FirmwareApp"/> on fakes: memory flash, the fake LWA + DRS service, a scripted sensor, a recording GATT peripheral.</summary>
    public sealed class AppRig
    {
        /// <summary>Start of the simulated clock.</summary>
        public static readonly DateTime Start = new DateTime(2025, 3, 1, 8, 0, 0);

        /// <summary>The slot's DRS slot ID.</summary>
        public const string SlotId = "slot-a";

        /// <summary>A Wi-Fi password (a secret: never in the log).</summary>
        public const string Password = "correct-horse-battery";

        /// <summary>An authorization code (a secret: never in the log).</summary>
        public const string Code = "SECRETCODE-from-the-app";

        /// <summary>nf.config of the rig: one slot on channel 0, raw 1000 (empty) to 3000 (full), low at 20 %.</summary>
        public const string ConfigText = "[device]\nmodel = DeviceFirmwareSim\nserial = 240AC45E1A70\n[lwa]\ntoken_url = https://api.amazon.com/auth/o2/token\n[drs]\nbase_url = https://drs.example.com\n"
            + "[slot.coffee]\nslot_id = slot-a\nsensor_channel = 0\nraw_empty = 1000\nraw_full = 3000\noriginal_quantity = 500\nunit = g\n";

        private readonly byte[] _nextMessageId = new byte[CharacteristicIndex.Count];

        /// <summary>A rig with empty flash (unprovisioned), booted.</summary>
        public AppRig()
        {
            Flash = new MemoryFlashStore();
            Drs = new FakeDrsService();
            Drs.AddSlot(SlotId, true);
            Log = new RecordingLog();
            Clock = new ManualClock(Start);
            Sensor = new ScriptedSupplySensor();
            Wifi = new ScriptedWifiStation();
            WifiLink = new FakeWifiLink();
            Time = new ScriptedTimeSync();
            Button = new FakeProvisioningButton();
            Level(50);
            Reboot();
        }

        /// <summary>Flash (kept across reboots).</summary>
        public MemoryFlashStore Flash { get; private set; }

        /// <summary>The fake LWA + DRS service.</summary>
        public FakeDrsService Drs { get; private set; }

        /// <summary>The log.</summary>
        public RecordingLog Log { get; private set; }

        /// <summary>The clock.</summary>
        public ManualClock Clock { get; private set; }

        /// <summary>The sensor.</summary>
        public ScriptedSupplySensor Sensor { get; private set; }

        /// <summary>The Wi-Fi station of provisioning.</summary>
        public ScriptedWifiStation Wifi { get; private set; }

        /// <summary>The stored Wi-Fi network.</summary>
        public FakeWifiLink WifiLink { get; private set; }

        /// <summary>Time sync.</summary>
        public ScriptedTimeSync Time { get; private set; }

        /// <summary>The provisioning button.</summary>
        public FakeProvisioningButton Button { get; private set; }

        /// <summary>The GATT peripheral of the current boot.</summary>
        public RecordingGattPeripheral Peripheral { get; private set; }

        /// <summary>The firmware of the current boot.</summary>
        public FirmwareApp App { get; private set; }

        /// <summary>A restart: RAM (the app, the GATT server) lost, flash kept; boots at once.</summary>
        public void Reboot()
        {
            Peripheral = new RecordingGattPeripheral();
            for (int i = 0; i < _nextMessageId.Length; i++)
            {
                _nextMessageId[i] = 0;
            }

            FirmwarePorts ports = new FirmwarePorts(Flash, Drs, ScriptedRandomSource.Counting(3), Sensor, Peripheral, Wifi, WifiLink, Time, Button, Clock, Log);
            App = new FirmwareApp(FirmwareConfig.Parse(ConfigText), "240AC45E1A70", "0.6.0", ports);
            App.Boot(Clock.UtcNow);
        }

        /// <summary>Sets the sensor to a level in percent.</summary>
        public void Level(double percent)
        {
            Sensor.Set(0, 1000 + (int)((percent * 20) + 0.5));
        }

        /// <summary>One tick now.</summary>
        public void Tick()
        {
            App.Tick(Clock.UtcNow);
        }

        /// <summary>Runs the loop as the device does (tick, sleep until the next wake) for a while of simulated time.</summary>
        public void Run(TimeSpan duration)
        {
            DateTime end = Clock.UtcNow + duration;
            while (Clock.UtcNow < end)
            {
                Tick();
                DateTime next = App.NextWake(Clock.UtcNow);
                DateTime target = next > end ? end : next;
                TimeSpan step = target - Clock.UtcNow;
                Clock.Advance(step < TimeSpan.FromTicks(TimeSpan.TicksPerSecond) ? TimeSpan.FromTicks(TimeSpan.TicksPerSecond) : step);
            }
        }

        /// <summary>Runs the loop until the firmware is no longer provisioned, at most for a while.</summary>
        public void RunUntilUnprovisioned(TimeSpan limit)
        {
            DateTime end = Clock.UtcNow + limit;
            while (App.IsProvisioned && Clock.UtcNow < end)
            {
                Tick();
                DateTime next = App.NextWake(Clock.UtcNow);
                Clock.Advance(next > Clock.UtcNow + TimeSpan.FromTicks(TimeSpan.TicksPerSecond) ? next - Clock.UtcNow : TimeSpan.FromTicks(TimeSpan.TicksPerSecond));
            }
        }

        /// <summary>The companion app: sends the five values for the current challenge and commits, then the loop runs until the session settles.</summary>
        public void Provision()
        {
            GattLink link = new GattLink(true, false, GattLink.MinimumMtu);
            byte attempt = Tlv.Find(Handler.OnRead(CharacteristicIndex.Challenge), ReadableValues.TagAttempt)[0];
            Expect(SendText(CharacteristicIndex.WifiSsid, "HomeNetwork", link));
            Expect(SendText(CharacteristicIndex.WifiPassword, Password, link));
            Expect(SendText(CharacteristicIndex.AuthorizationCode, Code, link));
            Expect(SendText(CharacteristicIndex.RedirectUri, "https://app.example.com/lwa/callback", link));
            Expect(SendText(CharacteristicIndex.ClientId, "amzn1.application-oa2-client.0123456789abcdef", link));
            Expect(Send(CharacteristicIndex.Command, new byte[] { CommandCode.Commit, attempt }, link));

            // The station the session joins is the link's network: connected from here on.
            WifiLink.IsConnected = true;
            for (int i = 0; i < 6; i++)
            {
                Tick();
                Clock.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerSecond));
            }
        }

        /// <summary>The companion app's factory reset command.</summary>
        public void SendFactoryReset()
        {
            Expect(Send(CharacteristicIndex.Command, new byte[] { CommandCode.FactoryReset }, new GattLink(true, false, GattLink.MinimumMtu)));
        }

        /// <summary>True when a stored token record exists on flash (read by a fresh vault).</summary>
        public bool TokensOnFlash()
        {
            return new TokenVault(Flash, new RecordingLog()).Load() != null;
        }

        private IGattRequestHandler Handler
        {
            get { return Peripheral.Handler; }
        }

        private byte SendText(int characteristicIndex, string text, GattLink link)
        {
            return Send(characteristicIndex, Hex.Ascii(text), link);
        }

        private byte Send(int characteristicIndex, byte[] message, GattLink link)
        {
            ArrayList frames = FrameCodec.Split(_nextMessageId[characteristicIndex], message, link.Mtu);
            _nextMessageId[characteristicIndex] = unchecked((byte)(_nextMessageId[characteristicIndex] + 1));
            for (int i = 0; i < frames.Count; i++)
            {
                byte error = Handler.OnWrite(characteristicIndex, (byte[])frames[i], link);
                if (error != 0)
                {
                    return error;
                }
            }

            return 0;
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
