using System.IO;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>
    /// Wraps a <see cref="MemoryFlashStore"/>; while <see cref="FailWrites"/> is set, every write
    /// and erase throws IOException and changes nothing (a full or worn-out flash). Reads pass.
    /// </summary>
    public sealed class WriteFailingFlashStore : IFlashStore
    {
        private readonly MemoryFlashStore _flash;

        /// <summary>Wraps <paramref name="flash"/>, passing everything through until told otherwise.</summary>
        public WriteFailingFlashStore(MemoryFlashStore flash)
        {
            _flash = flash;
        }

        /// <summary>When true, writes and erases fail.</summary>
        public bool FailWrites { get; set; }

        /// <summary>Writes and erases refused so far.</summary>
        public int Refused { get; private set; }

        /// <inheritdoc />
        public byte[] Read(string name)
        {
            return _flash.Read(name);
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data)
        {
            if (FailWrites)
            {
                Refused++;
                throw new IOException("simulated flash write failure");
            }

            _flash.Write(name, data);
        }

        /// <inheritdoc />
        public void Erase(string name)
        {
            if (FailWrites)
            {
                Refused++;
                throw new IOException("simulated flash erase failure");
            }

            _flash.Erase(name);
        }
    }
}
