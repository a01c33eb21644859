using System;
using System.IO;
using System.IO.Compression;
using DeviceFirmware.Crypto;
using Xunit;

namespace DeviceFirmware.HostTests.Storage
{
    /// <summary>
    /// The record CRC (the firmware's managed CRC-32) against an independent implementation: the
    /// CRC-32 that .NET's GZipStream (zlib) writes into every gzip trailer (RFC 1952 section 2.3.1).
    /// </summary>
    public class RecordCrcCrossCheckTests
    {
        private const int Seed = 1952;

        [Fact]
        public void Compute_MatchesTheGzipTrailer_ForRandomInputsOfLengths1To3000()
        {
            Random random = new Random(Seed);
            // Length 0 is left out: GZipStream writes nothing at all for no input (the device tests check CRC-32 of nothing is 0).
            for (int length = 1; length <= 3000; length += length < 64 ? 1 : 37)
            {
                byte[] data = new byte[length];
                random.NextBytes(data);
                Assert.True(GzipCrc(data) == Crc32.Compute(data), $"seed {Seed} length {length}");
            }
        }

        private static uint GzipCrc(byte[] data)
        {
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(data, 0, data.Length);
            }

            byte[] gz = buffer.ToArray();

            // Trailer: CRC-32 then input size, both little-endian.
            return BitConverter.ToUInt32(gz, gz.Length - 8);
        }
    }
}
