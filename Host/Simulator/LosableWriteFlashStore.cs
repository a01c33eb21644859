using System;
using System.Collections.Generic;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// Flash in memory on which one chosen write can be lost to a power cut: the write is held back (reads see it,
    /// so the running firmware notices nothing) until <see cref="PowerFails"/> drops it and the slot keeps its
    /// previous content, as when the board loses power between receiving an answer and committing it to flash.
    /// </summary>
    public sealed class LosableWriteFlashStore : IFlashStore
    {
        private readonly Dictionary<string, byte[]> _slots = new Dictionary<string, byte[]>();
        private string _prefix;
        private Func<bool> _when;
        private string _heldName;
        private byte[] _heldData;

        /// <summary>True once a write is held back, waiting for <see cref="PowerFails"/>.</summary>
        public bool WriteHeld => _heldName != null;

        /// <summary>True once the held write was lost to <see cref="PowerFails"/>.</summary>
        public bool WriteLost { get; private set; }

        /// <summary>The name of the slot whose write was held back (null before).</summary>
        public string LostSlot { get; private set; }

        /// <summary>Holds back the first write to a slot starting with <paramref name="prefix"/> made while <paramref name="when"/> is true.</summary>
        public void LoseNextWrite(string prefix, Func<bool> when)
        {
            _prefix = prefix ?? throw new ArgumentNullException(nameof(prefix));
            _when = when ?? throw new ArgumentNullException(nameof(when));
        }

        /// <inheritdoc />
        public byte[] Read(string name) => name == _heldName ? (byte[])_heldData.Clone() : (_slots.TryGetValue(name, out byte[] data) ? (byte[])data.Clone() : null);

        /// <summary>The power fails: a held-back write is lost (its slot keeps what it had before).</summary>
        public void PowerFails()
        {
            WriteLost = _heldName != null;
            _heldName = null;
            _heldData = null;
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data)
        {
            if (_prefix != null && name.StartsWith(_prefix, StringComparison.Ordinal) && _when())
            {
                _prefix = null;
                _heldName = name;
                _heldData = (byte[])data.Clone();
                LostSlot = name;
                return;
            }

            if (name == _heldName)
            {
                // A later write to the same slot replaces the held one before the power fails: nothing is lost.
                _heldName = null;
                _heldData = null;
            }

            _slots[name] = (byte[])data.Clone();
        }

        /// <inheritdoc />
        public void Erase(string name)
        {
            if (name == _heldName)
            {
                _heldName = null;
                _heldData = null;
            }

            _slots.Remove(name);
        }
    }
}
