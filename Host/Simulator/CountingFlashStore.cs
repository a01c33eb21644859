using System;
using System.Collections.Generic;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Simulator
{
    /// <summary>Counts the flash work of the firmware (writes, bytes, erases per file) and passes every call through.</summary>
    public sealed class CountingFlashStore : IFlashStore
    {
        private readonly IFlashStore _inner;
        private readonly Dictionary<string, int> _bytesByName = new Dictionary<string, int>();
        private readonly Dictionary<string, int> _writesByName = new Dictionary<string, int>();

        /// <summary>Wraps <paramref name="inner"/>.</summary>
        public CountingFlashStore(IFlashStore inner)
        {
            _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        }

        /// <summary>Bytes written so far.</summary>
        public long BytesWritten { get; private set; }

        /// <summary>Write calls so far.</summary>
        public int Writes { get; private set; }

        /// <summary>Erase calls so far.</summary>
        public int Erases { get; private set; }

        /// <summary>Write calls to files whose name starts with <paramref name="prefix"/> (a store name: tokens, replenish).</summary>
        public int WritesTo(string prefix) => Sum(_writesByName, prefix);

        /// <summary>Bytes written to files whose name starts with <paramref name="prefix"/>.</summary>
        public int BytesWrittenTo(string prefix) => Sum(_bytesByName, prefix);

        /// <inheritdoc />
        public byte[] Read(string name) => _inner.Read(name);

        /// <inheritdoc />
        public void Write(string name, byte[] data)
        {
            Writes++;
            BytesWritten += data.Length;
            _writesByName[name] = (_writesByName.TryGetValue(name, out int w) ? w : 0) + 1;
            _bytesByName[name] = (_bytesByName.TryGetValue(name, out int b) ? b : 0) + data.Length;
            _inner.Write(name, data);
        }

        /// <inheritdoc />
        public void Erase(string name)
        {
            Erases++;
            _inner.Erase(name);
        }

        private static int Sum(Dictionary<string, int> counts, string prefix)
        {
            int total = 0;
            foreach (KeyValuePair<string, int> entry in counts)
            {
                if (entry.Key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    total += entry.Value;
                }
            }

            return total;
        }
    }
}
