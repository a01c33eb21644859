using System;
using DeviceFirmware.HeapBudget.Reporting;
using DeviceFirmware.Storage;

namespace DeviceFirmware.HeapBudget.Ports
{
    /// <summary>
    /// Flash slots in RAM, a fixed handful, no counters per slot. On a board these bytes are in flash, not in the
    /// managed heap: <see cref="StoredBytes"/> says how much of a retained figure is this fake's.
    /// </summary>
    public sealed class LeanFlashStore : IFlashStore
    {
        private const int MaxSlots = 8;

        private readonly string[] _names = new string[MaxSlots];
        private readonly byte[][] _contents = new byte[MaxSlots][];
        private readonly PeakSampler _peak;

        /// <summary>Creates the store, empty.</summary>
        /// <param name="peak">Sampled at every write (the vault and the slot episodes save with their records alive).</param>
        public LeanFlashStore(PeakSampler peak)
        {
            _peak = peak;
        }

        /// <summary>Bytes held for all slots.</summary>
        public int StoredBytes
        {
            get
            {
                int total = 0;
                for (int i = 0; i < MaxSlots; i++)
                {
                    total += _contents[i] == null ? 0 : _contents[i].Length;
                }

                return total;
            }
        }

        /// <inheritdoc />
        public byte[] Read(string name)
        {
            int index = IndexOf(name);
            if (index < 0 || _contents[index] == null)
            {
                return null;
            }

            // A copy, as a file read is: the caller may keep or change it.
            byte[] copy = new byte[_contents[index].Length];
            Array.Copy(_contents[index], copy, copy.Length);
            return copy;
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data)
        {
            _peak.Sample();
            SlotName.Check(name);
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            int index = IndexOf(name);
            if (index < 0)
            {
                index = FreeIndex();
                _names[index] = name;
            }

            byte[] copy = new byte[data.Length];
            Array.Copy(data, copy, data.Length);
            _contents[index] = copy;
        }

        /// <inheritdoc />
        public void Erase(string name)
        {
            int index = IndexOf(name);
            if (index >= 0)
            {
                _contents[index] = null;
            }
        }

        private int IndexOf(string name)
        {
            for (int i = 0; i < MaxSlots; i++)
            {
                if (_names[i] != null && _names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private int FreeIndex()
        {
            for (int i = 0; i < MaxSlots; i++)
            {
                if (_names[i] == null)
                {
                    return i;
                }
            }

            throw new InvalidOperationException("the flow's flash has " + MaxSlots + " slots only");
        }
    }
}
