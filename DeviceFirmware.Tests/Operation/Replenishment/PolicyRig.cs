using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using DeviceFirmware.Drs;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Retry;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>
    /// A <see cref="ReplenishmentPolicy"/> wired as on the device, over fakes: a scripted sensor,
    /// <see cref="FakeDrsService"/> (LWA and DRS with order semantics), one flash in RAM for tokens
    /// and slot states (the states behind a <see cref="PowerCutFlashStore"/>), a manual clock, and
    /// backoff without jitter. <see cref="Reboot"/> rebuilds everything over the same flash and
    /// service, as a restart does: RAM state (access token, readings, streaks) is lost.
    /// Levels map to raw readings linearly: 0 % = 1000, 100 % = 3000 (20 counts per percent).
    /// </summary>
    public sealed class PolicyRig
    {
        /// <summary>Default start: 2025-03-01 08:00 UTC.</summary>
        public static readonly DateTime Start = new DateTime(2025, 3, 1, 8, 0, 0);

        /// <summary>Raw reading of an empty test slot.</summary>
        public const int RawEmpty = 1000;

        /// <summary>Raw reading of a full test slot.</summary>
        public const int RawFull = 3000;

        /// <summary>Sampling period of the test slots.</summary>
        public const int SampleSeconds = 60;

        /// <summary>Builds the rig at <paramref name="start"/> and provisions the device.</summary>
        public PolicyRig(SupplySlotSettings[] slots, DateTime start)
        {
            Settings = slots;
            Drs = new FakeDrsService();
            for (int i = 0; i < slots.Length; i++)
            {
                Drs.AddSlot(slots[i].SlotId, true);
            }

            Memory = new MemoryFlashStore();
            Log = new RecordingLog();
            Sensor = new ScriptedSupplySensor();
            Clock = new ManualClock(start);
            for (int i = 0; i < slots.Length; i++)
            {
                Level(slots[i].SensorChannel, 50);
            }

            Boot();
            Keeper.CompleteProvisioning(Clock.UtcNow, LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, CodeVerifier.FromText(LwaTestData.Verifier));
        }

        /// <summary>The slots.</summary>
        public SupplySlotSettings[] Settings { get; private set; }

        /// <summary>LWA and DRS.</summary>
        public FakeDrsService Drs { get; private set; }

        /// <summary>The flash (tokens and slot states).</summary>
        public MemoryFlashStore Memory { get; private set; }

        /// <summary>The slot states' view of the flash, where power can be cut.</summary>
        public PowerCutFlashStore Cut { get; private set; }

        /// <summary>One log for everything.</summary>
        public RecordingLog Log { get; private set; }

        /// <summary>The sensor.</summary>
        public ScriptedSupplySensor Sensor { get; private set; }

        /// <summary>The clock.</summary>
        public ManualClock Clock { get; private set; }

        /// <summary>The token vault.</summary>
        public TokenVault Vault { get; private set; }

        /// <summary>The token keeper.</summary>
        public AccessTokenKeeper Keeper { get; private set; }

        /// <summary>DRS refusals of the device (3 over 60 min), counted on the same flash as the tokens.</summary>
        public RefusalTracker Refusals { get; private set; }

        /// <summary>The DRS client.</summary>
        public DrsClient Client { get; private set; }

        /// <summary>The slot states' store.</summary>
        public EpisodeStore Store { get; private set; }

        /// <summary>The policy under test.</summary>
        public ReplenishmentPolicy Policy { get; private set; }

        /// <summary>One slot "coffee" (slot-a, channel 0): low 20 %, refill 60 %, 3 readings, every 60 s, 500 g.</summary>
        public static PolicyRig OneSlot()
        {
            return new PolicyRig(new SupplySlotSettings[] { Slot("coffee", "slot-a", 0) }, Start);
        }

        /// <summary>Slots "coffee" (slot-a, channel 0) and "tea" (slot-b, channel 1).</summary>
        public static PolicyRig TwoSlots()
        {
            return new PolicyRig(new SupplySlotSettings[] { Slot("coffee", "slot-a", 0), Slot("tea", "slot-b", 1) }, Start);
        }

        /// <summary>A test slot: low 20 %, refill 60 %, 3 readings, every 60 s, 500 g.</summary>
        public static SupplySlotSettings Slot(string name, string slotId, int channel)
        {
            return new SupplySlotSettings(name, slotId, channel, RawEmpty, RawFull, 20, 60, 3, SampleSeconds, 500, "g");
        }

        /// <summary>The raw reading of a level.</summary>
        public static int Raw(double percent)
        {
            return RawEmpty + (int)((percent * (RawFull - RawEmpty) / 100.0) + 0.5);
        }

        /// <summary>The monitor of slot <paramref name="index"/>.</summary>
        public SlotMonitor Monitor(int index)
        {
            return Policy.SlotAt(index);
        }

        /// <summary>Restarts the firmware: new objects over the same flash, sensor, clock and service.</summary>
        public void Reboot()
        {
            Boot();
        }

        /// <summary>Rebuilds the slot states' store and the policy over another view of the flash (e.g. one whose writes fail).</summary>
        public void UseStateFlash(IFlashStore flash)
        {
            Store = new EpisodeStore(flash, Log);
            Policy = new ReplenishmentPolicy(Settings, Sensor, Client, Store, NoJitter(), Log);
        }

        /// <summary>Sets the level a channel reads.</summary>
        public void Level(int channel, double percent)
        {
            Sensor.Set(channel, Raw(percent));
        }

        /// <summary>Runs the policy now.</summary>
        public void Tick()
        {
            Policy.Tick(Clock.UtcNow);
        }

        /// <summary>Sets the level, runs the policy (a reading is due), then lets one sampling period pass.</summary>
        public void Reading(int channel, double percent)
        {
            Level(channel, percent);
            Tick();
            Clock.Advance(TimeSpan.FromTicks(SampleSeconds * TimeSpan.TicksPerSecond));
        }

        /// <summary><see cref="Reading"/> for each level in turn.</summary>
        public void Readings(int channel, double[] levels)
        {
            for (int i = 0; i < levels.Length; i++)
            {
                Reading(channel, levels[i]);
            }
        }

        /// <summary>Runs the policy once per sampling period, <paramref name="periods"/> times, levels unchanged.</summary>
        public void Periods(int periods)
        {
            for (int i = 0; i < periods; i++)
            {
                Tick();
                Clock.Advance(TimeSpan.FromTicks(SampleSeconds * TimeSpan.TicksPerSecond));
            }
        }

        private void Boot()
        {
            Cut = new PowerCutFlashStore(Memory, TornWriteShape.NewPrefixThenOldBytes);
            Vault = new TokenVault(Memory, Log);
            Keeper = new AccessTokenKeeper(new LwaClient(Drs, Log), Vault, new BackoffPolicy(NoJitter()), Log);
            Refusals = new RefusalTracker(Memory, NoJitter(), 3, TimeSpan.FromTicks(60 * TimeSpan.TicksPerMinute), Log);
            Client = new DrsClient(Drs, Keeper, Vault, FakeDrsService.BaseUrl, Log, Refusals);
            Store = new EpisodeStore(Cut, Log);
            Policy = new ReplenishmentPolicy(Settings, Sensor, Client, Store, NoJitter(), Log);
        }

        // 0x8000 gives a jitter factor of exactly 1.000: every delay is the nominal one.
        private static ScriptedRandomSource NoJitter()
        {
            return new ScriptedRandomSource(new byte[] { 0x80, 0x00 });
        }
    }
}
