using System;
using System.Collections.Generic;
using System.IO;

namespace DeviceFirmware.ToolchainTests.Image
{
    /// <summary>
    /// The table sizes of a nanoFramework .pe (the metadata processor's NFMRK1 layout): a header with
    /// the start offset of each table, then the tables, each padded to 4 bytes.
    /// </summary>
    public sealed class PeTables
    {
        /// <summary>The metadata processor's limit for one assembly's string table (its ids are 16-bit).</summary>
        public const int StringTableLimit = 65535;

        private static readonly string[] Names =
        {
            "AssemblyRef", "TypeRef", "FieldRef", "MethodRef", "TypeDef", "FieldDef", "MethodDef", "Attributes", "TypeSpec",
            "Resources", "ResourcesData", "Strings", "Signatures", "ByteCode", "ResourcesFiles", "EndOfAssembly",
        };

        // Marker (8) + CRCs and flags (4 x 5) + version (8) + assembly name and string table version (2 + 2).
        private const int TableStartsOffset = 8 + (4 * 5) + 8 + 2 + 2;

        private PeTables(long fileBytes, IReadOnlyDictionary<string, int> sizes)
        {
            FileBytes = fileBytes;
            Sizes = sizes;
        }

        /// <summary>The size of the .pe file.</summary>
        public long FileBytes { get; }

        /// <summary>Bytes of each table, padding excluded.</summary>
        public IReadOnlyDictionary<string, int> Sizes { get; }

        /// <summary>Bytes of the string table.</summary>
        public int Strings => Sizes["Strings"];

        /// <summary>Reads the table sizes of <paramref name="pe"/>.</summary>
        public static PeTables Read(string pe)
        {
            byte[] bytes = File.ReadAllBytes(pe);
            if (bytes.Length < TableStartsOffset + (Names.Length * 5) || System.Text.Encoding.ASCII.GetString(bytes, 0, 6) != "NFMRK1")
            {
                throw new InvalidDataException($"{pe} is not a nanoFramework .pe (NFMRK1)");
            }

            Dictionary<string, int> sizes = new Dictionary<string, int>(StringComparer.Ordinal);
            int paddingOffset = TableStartsOffset + (4 * Names.Length) + 4;
            for (int i = 0; i < Names.Length - 1; i++)
            {
                uint start = BitConverter.ToUInt32(bytes, TableStartsOffset + (4 * i));
                uint next = BitConverter.ToUInt32(bytes, TableStartsOffset + (4 * (i + 1)));
                sizes[Names[i]] = (int)(next - start) - bytes[paddingOffset + i];
            }

            return new PeTables(bytes.Length, sizes);
        }
    }
}
