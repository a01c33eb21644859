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

        /// <summary>Base name of the two flash slots of the web-app flow's record (with episode numbers).</summary>
        public const string NumberedStoreName = "episodes";

        private readonly EpisodeRecordCodec _codec;
        private readonly DualSlotRecordStore _records;

        /// <summary>Creates the store; nothing is read until <see cref="Load"/>.</summary>
        /// <param name="flash">Where the slots live.</param>
        /// <param name="log">Where slot problems and saves are reported.</param>
        public EpisodeStore(IFlashStore flash, ILog log)
            : this(flash, log, false)
        {
        }

        /// <summary>Creates the store of one flow; reads nothing yet.</summary>
        /// <param name="flash">Where the records live.</param>
        /// <param name="log">Where slot problems are reported.</param>
        /// <param name="numbered">True for the web-app flow: records carry each slot's episode number ("episodes" slots, their own format).</param>
        public EpisodeStore(IFlashStore flash, ILog log, bool numbered)
        {
            _codec = new EpisodeRecordCodec(numbered);
            _records = new DualSlotRecordStore(flash, numbered ? NumberedStoreName : StoreName, _codec, log);
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
