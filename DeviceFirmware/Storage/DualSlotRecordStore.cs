using System;
using System.IO;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.Storage
{
    /// <summary>
    /// Keeps one record safe from power cuts in two slots ("name.a", "name.b") written alternately.
    /// <list type="bullet">
    /// <item>Load reads both slots and takes the valid record with the newest sequence number. A torn,
    /// corrupt or unreadable slot is ignored and left as it is: loading never writes or erases.</item>
    /// <item>Save writes the new record, numbered newest + 1, over the slot that does NOT hold the
    /// newest valid record, so that record stays intact until the new one is complete (its CRC is
    /// its last bytes). A record equal to the newest one is not written at all.</item>
    /// <item>Wipe erases the slot holding the older record first and the newest one last, so a power
    /// cut mid-wipe leaves either the current record or nothing, never an older one.</item>
    /// </list>
    /// What this cannot protect against is a double fault: when the newest slot later goes corrupt
    /// (flash decay, not a power cut) load falls back to the other slot, which holds the record the
    /// newest one replaced, or even the one from two saves ago when a save into that slot was cut
    /// before its first changed byte landed (the older record then survives intact). Load reports
    /// the corrupt slot and the record it took. A layer whose records go stale must cope with being
    /// handed an older one (<see cref="TokenVault"/>: LWA refuses the older refresh token, the
    /// keeper wipes, the device provisions again).
    /// The typed layer above (e.g. <see cref="TokenVault"/>) supplies an <see cref="IRecordType"/>
    /// and works in payloads.
    /// </summary>
    public sealed class DualSlotRecordStore
    {
        private const int NoSlot = -1;

        private readonly IFlashStore _flash;
        private readonly IRecordType _type;
        private readonly ILog _log;
        private readonly string _name;
        private readonly string[] _slots;
        private readonly object _sync = new object();

        private bool _loaded;
        private int _currentSlot = NoSlot;
        private uint _currentSequence;
        private byte[] _currentPayload;

        /// <summary>Creates a store over two slots of <paramref name="flash"/>; reads nothing yet.</summary>
        /// <param name="flash">Where the slots live.</param>
        /// <param name="name">Base name: the slots are name + ".a" and name + ".b" (see <see cref="SlotName"/>).</param>
        /// <param name="type">The kind of record kept.</param>
        /// <param name="log">Where slot problems and saves are reported.</param>
        public DualSlotRecordStore(IFlashStore flash, string name, IRecordType type, ILog log)
        {
            if (flash == null)
            {
                throw new ArgumentNullException("flash");
            }

            if (type == null)
            {
                throw new ArgumentNullException("type");
            }

            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            if (name == null || name.Length > SlotName.MaxLength - 2 || !SlotName.IsValid(name + ".a"))
            {
                throw new ArgumentException("record store name must be a slot name of at most 22 characters", "name");
            }

            if (type.MaxPayloadLength < 0 || type.MaxPayloadLength > RecordFrame.MaxPayloadLength)
            {
                throw new ArgumentException("record type allows payloads the 16-bit length field cannot describe", "type");
            }

            _flash = flash;
            _type = type;
            _log = log;
            _name = name;
            _slots = new string[] { name + ".a", name + ".b" };
        }

        /// <summary>Name of the first slot (name + ".a").</summary>
        public string SlotA
        {
            get { return _slots[0]; }
        }

        /// <summary>Name of the second slot (name + ".b").</summary>
        public string SlotB
        {
            get { return _slots[1]; }
        }

        /// <summary>Slot holding the newest valid record, or null when there is none (loads first if needed).</summary>
        public string CurrentSlot
        {
            get
            {
                lock (_sync)
                {
                    EnsureLoaded();
                    return _currentSlot == NoSlot ? null : _slots[_currentSlot];
                }
            }
        }

        /// <summary>Sequence number of the newest valid record; 0 when there is none (loads first if needed).</summary>
        public uint CurrentSequence
        {
            get
            {
                lock (_sync)
                {
                    EnsureLoaded();
                    return _currentSlot == NoSlot ? 0 : _currentSequence;
                }
            }
        }

        /// <summary>
        /// Reads both slots again and returns the payload of the newest valid record. Never throws
        /// on slot content and never writes: torn, corrupt and unreadable slots are logged and ignored.
        /// </summary>
        /// <returns>A copy of the payload, or null when neither slot holds a valid record.</returns>
        public byte[] Load()
        {
            lock (_sync)
            {
                return LoadLocked();
            }
        }

        /// <summary>The payload of the newest valid record (loads first if needed).</summary>
        /// <returns>A copy of the payload, or null when there is none.</returns>
        public byte[] CurrentPayload()
        {
            lock (_sync)
            {
                EnsureLoaded();
                return Copy(_currentPayload);
            }
        }

        /// <summary>
        /// Stores a new payload durably: when this returns, a reload finds it. Writes nothing when the
        /// payload equals the current one. On an exception (I/O error, power cut) the previous record
        /// stays the current one, on flash and here.
        /// </summary>
        /// <param name="payload">The new payload; it must pass the record type's check.</param>
        /// <returns>True when a record was written; false when nothing changed.</returns>
        /// <exception cref="ArgumentException">The payload is too long or malformed; nothing was written.</exception>
        /// <exception cref="IOException">Writing failed, or the slot did not read back as written.</exception>
        public bool Save(byte[] payload)
        {
            if (payload == null)
            {
                throw new ArgumentNullException("payload");
            }

            if (payload.Length > _type.MaxPayloadLength)
            {
                throw new ArgumentException("payload of " + payload.Length + " bytes exceeds the limit of " + _type.MaxPayloadLength, "payload");
            }

            // A record that load would reject must never replace a good one.
            if (!_type.IsValidPayload(payload))
            {
                throw new ArgumentException("payload is malformed for this record type", "payload");
            }

            lock (_sync)
            {
                EnsureLoaded();
                if (_currentPayload != null && SameBytes(_currentPayload, payload))
                {
                    return false;
                }

                int target = _currentSlot == 0 ? 1 : 0;
                uint sequence = _currentSlot == NoSlot ? 1 : SequenceNumber.Next(_currentSequence);
                byte[] record = RecordFrame.Encode(_type, sequence, payload);
                _flash.Write(_slots[target], record);

                // Catches a store that lost or mangled the write while still reporting success.
                if (!SameBytes(_flash.Read(_slots[target]), record))
                {
                    throw new IOException(_slots[target] + " did not read back as written");
                }

                _currentSlot = target;
                _currentSequence = sequence;
                _currentPayload = Copy(payload);
                _log.Info(_name + ": saved record " + sequence + " to " + _slots[target] + " (" + record.Length + " bytes)");
                return true;
            }
        }

        /// <summary>
        /// Erases both slots: the one not holding the newest record first, the newest last. A power
        /// cut before the last erase lands leaves the store as it was (the current record, never an
        /// older one); after it, there is no record. When this returns, both slots are gone.
        /// </summary>
        /// <exception cref="IOException">An erase failed; whatever was not erased is still the current record.</exception>
        public void Wipe()
        {
            lock (_sync)
            {
                EnsureLoaded();
                int last = _currentSlot == NoSlot ? 1 : _currentSlot;
                int first = last == 0 ? 1 : 0;
                _flash.Erase(_slots[first]);
                _flash.Erase(_slots[last]);
                ForgetCurrent();
                _log.Info(_name + ": wiped " + _slots[first] + " and " + _slots[last]);
            }
        }

        private void EnsureLoaded()
        {
            if (!_loaded)
            {
                LoadLocked();
            }
        }

        private byte[] LoadLocked()
        {
            SlotReading a = ReadSlot(0);
            SlotReading b = ReadSlot(1);
            int newest = PickNewest(a, b);
            _loaded = true;
            if (newest == NoSlot)
            {
                ForgetCurrent();
                _log.Info(_name + ": no valid record");
                return null;
            }

            SlotReading chosen = newest == 0 ? a : b;
            _currentSlot = newest;
            _currentSequence = chosen.Sequence;
            _currentPayload = chosen.Payload;
            _log.Info(_name + ": record " + chosen.Sequence + " from " + chosen.Slot);
            return Copy(_currentPayload);
        }

        private void ForgetCurrent()
        {
            _currentSlot = NoSlot;
            _currentSequence = 0;
            _currentPayload = null;
        }

        private SlotReading ReadSlot(int index)
        {
            string slot = _slots[index];
            byte[] bytes;
            try
            {
                bytes = _flash.Read(slot);
            }
            catch (IOException)
            {
                // An unreadable slot is one more kind of corrupt slot: the other one may still be good.
                _log.Warn(_name + ": ignoring " + slot + ": it cannot be read");
                return SlotReading.Invalid(slot, "cannot be read");
            }

            SlotReading reading = RecordFrame.Inspect(slot, bytes, _type);
            if (reading.State == SlotState.Invalid)
            {
                _log.Warn(_name + ": ignoring " + slot + ": it " + reading.Problem);
            }

            return reading;
        }

        private int PickNewest(SlotReading a, SlotReading b)
        {
            bool aValid = a.State == SlotState.Valid;
            bool bValid = b.State == SlotState.Valid;
            if (aValid && bValid)
            {
                if (a.Sequence == b.Sequence)
                {
                    _log.Warn(_name + ": both slots carry record " + a.Sequence + ": using " + a.Slot);
                }

                return SequenceNumber.IsNewer(b.Sequence, a.Sequence) ? 1 : 0;
            }

            if (aValid)
            {
                return 0;
            }

            return bValid ? 1 : NoSlot;
        }

        private static bool SameBytes(byte[] x, byte[] y)
        {
            if (x == null || y == null || x.Length != y.Length)
            {
                return false;
            }

            for (int i = 0; i < x.Length; i++)
            {
                if (x[i] != y[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static byte[] Copy(byte[] data)
        {
            if (data == null)
            {
                return null;
            }

            byte[] copy = new byte[data.Length];
            Array.Copy(data, copy, data.Length);
            return copy;
        }
    }
}
