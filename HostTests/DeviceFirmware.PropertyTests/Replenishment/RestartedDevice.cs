using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using DeviceFirmware.Drs;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Retry;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;

namespace DeviceFirmware.PropertyTests.Replenishment
{
    /// <summary>
    /// The firmware's objects after one (re)start, as on the device: token vault, keeper, DRS client and
    /// policy over the same flash, sensor and DRS; the slot states' store sees the flash through a
    /// <see cref="PowerCutFlashStore"/>. RAM state (access token, readings, streaks) starts empty.
    /// </summary>
    internal sealed class RestartedDevice
    {
        public RestartedDevice(SupplySlotSettings[] slots, FakeDrsService drs, MemoryFlashStore memory, ScriptedSupplySensor sensor, RecordingLog log)
        {
            Cut = new PowerCutFlashStore(memory, TornWriteShape.NewPrefixThenOldBytes);
            var vault = new TokenVault(memory, log);
            Keeper = new AccessTokenKeeper(new LwaClient(drs, log), vault, new BackoffPolicy(OrderTickProperties.NoJitter()), log);
            var client = new DrsClient(drs, Keeper, vault, FakeDrsService.BaseUrl, log);
            Policy = new ReplenishmentPolicy(slots, sensor, client, new EpisodeStore(Cut, log), OrderTickProperties.NoJitter(), log);
        }

        public PowerCutFlashStore Cut { get; }

        public AccessTokenKeeper Keeper { get; }

        public ReplenishmentPolicy Policy { get; }
    }
}
