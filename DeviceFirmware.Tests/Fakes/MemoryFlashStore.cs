using System;
using System.Collections;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>
    /// Flash slots in RAM that count what is written and erased, so tests can assert flash wear.
    /// It survives a simulated reboot: a new vault over the same instance sees the same bytes.
    /// </summary>
    public sealed class MemoryFlashStore : IFlashStore
    {
        private readonly ArrayList _names = new ArrayList();
        private readonly ArrayList _contents = new ArrayList();
        private readonly ArrayList _bytesWrittenPerSlot = new ArrayList();
        private readonly ArrayList _writesPerSlot = new ArrayList();

        /// <summary>Bytes written by <see cref="Write"/> since creation or <see cref="ResetCounters"/>.</summary>
        public int BytesWritten { get; private set; }

        /// <summary>Calls of <see cref="Write"/> since creation or <see cref="ResetCounters"/>.</summary>
        public int WriteCount { get; private set; }

        /// <summary>Calls of <see cref="Erase"/> since creation or <see cref="ResetCounters"/>.</summary>
        public int EraseCount { get; private set; }

        /// <summary>Calls of <see cref="Read"/> since creation or <see cref="ResetCounters"/>.</summary>
        public int ReadCount { get; private set; }

        /// <inheritdoc />
        public byte[] Read(string name)
        {
            SlotName.Check(name);
            ReadCount++;
            int index = _names.IndexOf(name);
            return index < 0 ? null : Copy((byte[])_contents[index]);
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data)
        {
            SlotName.Check(name);
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            int index = IndexOrAdd(name);
            _contents[index] = Copy(data);
            _bytesWrittenPerSlot[index] = (int)_bytesWrittenPerSlot[index] + data.Length;
            _writesPerSlot[index] = (int)_writesPerSlot[index] + 1;
            BytesWritten += data.Length;
            WriteCount++;
        }

        /// <inheritdoc />
        public void Erase(string name)
        {
            SlotName.Check(name);
            EraseCount++;
            int index = _names.IndexOf(name);
            if (index >= 0)
            {
                _contents[index] = null;
            }
        }

        /// <summary>True when the slot exists.</summary>
        public bool Exists(string name)
        {
            int index = _names.IndexOf(name);
            return index >= 0 && _contents[index] != null;
        }

        /// <summary>Bytes written to one slot since creation or <see cref="ResetCounters"/>.</summary>
        public int BytesWrittenTo(string name)
        {
            int index = _names.IndexOf(name);
            return index < 0 ? 0 : (int)_bytesWrittenPerSlot[index];
        }

        /// <summary>Writes to one slot since creation or <see cref="ResetCounters"/>.</summary>
        public int WritesTo(string name)
        {
            int index = _names.IndexOf(name);
            return index < 0 ? 0 : (int)_writesPerSlot[index];
        }

        /// <summary>Sets every counter back to zero; contents stay.</summary>
        public void ResetCounters()
        {
            BytesWritten = 0;
            WriteCount = 0;
            EraseCount = 0;
            ReadCount = 0;
            for (int i = 0; i < _names.Count; i++)
            {
                _bytesWrittenPerSlot[i] = 0;
                _writesPerSlot[i] = 0;
            }
        }

        /// <summary>An independent store with the same contents and zeroed counters (a snapshot to replay from).</summary>
        public MemoryFlashStore Clone()
        {
            MemoryFlashStore clone = new MemoryFlashStore();
            for (int i = 0; i < _names.Count; i++)
            {
                if (_contents[i] != null)
                {
                    clone.Write((string)_names[i], (byte[])_contents[i]);
                }
            }

            clone.ResetCounters();
            return clone;
        }

        private int IndexOrAdd(string name)
        {
            int index = _names.IndexOf(name);
            if (index >= 0)
            {
                return index;
            }

            _names.Add(name);
            _contents.Add(null);
            _bytesWrittenPerSlot.Add(0);
            _writesPerSlot.Add(0);
            return _names.Count - 1;
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
