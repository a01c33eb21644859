using System.IO;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>
    /// Wraps a flash store to record the order of writes and erases, and to misbehave on request:
    /// fail reads of one slot with an <see cref="IOException"/>, or drop writes while reporting success.
    /// </summary>
    public sealed class RecordingFlashStore : IFlashStore
    {
        private readonly IFlashStore _flash;

        /// <summary>Wraps <paramref name="flash"/>.</summary>
        public RecordingFlashStore(IFlashStore flash)
        {
            _flash = flash;
            Trace = string.Empty;
        }

        /// <summary>"write NAME;" and "erase NAME;" for every write and erase, in order.</summary>
        public string Trace { get; private set; }

        /// <summary>Slot whose reads throw <see cref="IOException"/>; null for none.</summary>
        public string FailReadsOf { get; set; }

        /// <summary>When true, writes are recorded but never reach the inner store.</summary>
        public bool DropWrites { get; set; }

        /// <inheritdoc />
        public byte[] Read(string name)
        {
            if (name == FailReadsOf)
            {
                throw new IOException("simulated unreadable slot");
            }

            return _flash.Read(name);
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data)
        {
            Trace += "write " + name + ";";
            if (!DropWrites)
            {
                _flash.Write(name, data);
            }
        }

        /// <inheritdoc />
        public void Erase(string name)
        {
            Trace += "erase " + name + ";";
            _flash.Erase(name);
        }
    }
}
