using DeviceFirmware.Diagnostics;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// Keeps every slot's <see cref="SlotEpisode"/> on flash in one record, power-cut safe
    /// (<see cref="DualSlotRecordStore"/> over slots "replenish.a" and "replenish.b"): after a cut
    /// mid-save a reboot finds either the previous states or the new ones, never a mix or garbage.
    /// A save that changes nothing writes nothing, so only phase changes (a few per low episode)
    /// wear the flash.
    /// </summary>
    public sealed class EpisodeStore
    {
        /// <summary>Base name of the store's two slots.</summary>
        public const string StoreName = "replenish";

        private readonly EpisodeRecordCodec _codec = new EpisodeRecordCodec();
        private readonly DualSlotRecordStore _records;

        /// <summary>Creates the store; nothing is read until <see cref="Load"/>.</summary>
        /// <param name="flash">Where the slots live.</param>
        /// <param name="log">Where slot problems and saves are reported.</param>
        public EpisodeStore(IFlashStore flash, ILog log)
        {
            _records = new DualSlotRecordStore(flash, StoreName, _codec, log);
        }

        /// <summary>Reads the stored states (at boot). Never throws on what the slots hold and never writes.</summary>
        /// <returns>The states; empty when nothing valid is stored.</returns>
        public SlotEpisode[] Load()
        {
            SlotEpisode[] episodes = _codec.Decode(_records.Load());
            return episodes == null ? new SlotEpisode[0] : episodes;
        }

        /// <summary>Stores the states durably: when this returns, a reboot loads them.</summary>
        /// <param name="episodes">Every slot's state.</param>
        /// <returns>True when flash was written; false when the states were already stored.</returns>
        /// <exception cref="System.IO.IOException">Writing failed: the previous states are still the stored ones.</exception>
        public bool Save(SlotEpisode[] episodes)
        {
            return _records.Save(_codec.Encode(episodes));
        }

        /// <summary>Erases the stored states (factory reset).</summary>
        /// <exception cref="System.IO.IOException">An erase failed.</exception>
        public void Wipe()
        {
            _records.Wipe();
        }
    }
}
