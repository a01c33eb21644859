using System;
using DeviceFirmware.Config;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Tests.Fakes;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>
    /// A <see cref="WebAppReplenishment"/> on the fake web application, one slot (slot-a, channel 0) behind a
    /// <see cref="PowerCutFlashStore"/> over memory that survives <see cref="Reboot"/>, a manual clock and no jitter.
    /// </summary>
    public sealed class WebAppRig
    {
        /// <summary>Creates the rig at 50 %.</summary>
        public WebAppRig()
        {
            Web = new FakeWebApp(FakeDeviceKeyFile.TestKeyHex);
            Memory = new MemoryFlashStore();
            Log = new RecordingLog();
            Sensor = new ScriptedSupplySensor();
            Clock = new ManualClock(PolicyRig.Start);
            Time = new ScriptedTimeSync();
            Level(50);
            Reboot();
        }

        /// <summary>The web application.</summary>
        public FakeWebApp Web { get; private set; }

        /// <summary>Flash that survives reboots.</summary>
        public MemoryFlashStore Memory { get; private set; }

        /// <summary>The power-cutting view of <see cref="Memory"/> the policy writes through.</summary>
        public PowerCutFlashStore Cut { get; private set; }

        /// <summary>The log.</summary>
        public RecordingLog Log { get; private set; }

        /// <summary>The sensor.</summary>
        public ScriptedSupplySensor Sensor { get; private set; }

        /// <summary>The clock.</summary>
        public ManualClock Clock { get; private set; }

        /// <summary>The time sync port.</summary>
        public ScriptedTimeSync Time { get; private set; }

        /// <summary>The policy under test.</summary>
        public WebAppReplenishment Policy { get; private set; }

        /// <summary>The slot's monitor.</summary>
        public SlotMonitor Slot
        {
            get { return Policy.SlotAt(0); }
        }

        /// <summary>A restart: new objects over the same flash; the power is back.</summary>
        public void Reboot()
        {
            Cut = new PowerCutFlashStore(Memory, TornWriteShape.NewPrefixThenOldBytes);
            RequestSigner signer = new RequestSigner(DeviceKey.Parse(Hex.Ascii(FakeDeviceKeyFile.TestKeyHex)), ScriptedRandomSource.Counting(Memory.WriteCount + Web.RequestCount));
            DeviceApiClient api = new DeviceApiClient(Web, signer, "240AC45E1A70", "https://cloud.example.com", Clock, Time, Log);
            Policy = new WebAppReplenishment(
                new SupplySlotSettings[] { PolicyRig.Slot("coffee", "slot-a", 0) },
                Sensor,
                api,
                new EpisodeStore(Cut, Log, true),
                "1.0.0",
                new ScriptedRandomSource(new byte[] { 0x80, 0x00 }),
                Log);
        }

        /// <summary>Sets the sensor to a level.</summary>
        /// <param name="percent">0..100.</param>
        public void Level(double percent)
        {
            Sensor.Set(0, PolicyRig.Raw(percent));
        }

        /// <summary>One tick at the current time.</summary>
        public void Tick()
        {
            Policy.Tick(Clock.UtcNow);
        }

        /// <summary>Ticks once per sample period.</summary>
        /// <param name="periods">How many.</param>
        public void Periods(int periods)
        {
            for (int i = 0; i < periods; i++)
            {
                Tick();
                Clock.Advance(TimeSpan.FromTicks(PolicyRig.SampleSeconds * TimeSpan.TicksPerSecond));
            }
        }

        /// <summary>Readings at a level, one per period.</summary>
        /// <param name="percent">The level.</param>
        /// <param name="count">How many readings.</param>
        public void Readings(double percent, int count)
        {
            Level(percent);
            Periods(count);
        }
    }
}
