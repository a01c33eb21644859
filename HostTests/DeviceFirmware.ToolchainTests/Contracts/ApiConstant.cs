using System;
using System.Globalization;
using System.Reflection.Metadata;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>Writes a constant (a const field, an enum member, a parameter's default) as C# would, with its stored type when that is not obvious.</summary>
    public static class ApiConstant
    {
        /// <summary>The value of <paramref name="handle"/>, e.g. 71, "text", 'c', null, 1 (uint).</summary>
        public static string Read(MetadataReader reader, ConstantHandle handle)
        {
            Constant constant = reader.GetConstant(handle);
            BlobReader blob = reader.GetBlobReader(constant.Value);
            return constant.TypeCode switch
            {
                ConstantTypeCode.Boolean => blob.ReadBoolean() ? "true" : "false",
                ConstantTypeCode.Char => "'" + blob.ReadChar() + "'",
                ConstantTypeCode.SByte => Number(blob.ReadSByte(), "sbyte"),
                ConstantTypeCode.Byte => Number(blob.ReadByte(), "byte"),
                ConstantTypeCode.Int16 => Number(blob.ReadInt16(), "short"),
                ConstantTypeCode.UInt16 => Number(blob.ReadUInt16(), "ushort"),
                ConstantTypeCode.Int32 => blob.ReadInt32().ToString(CultureInfo.InvariantCulture),
                ConstantTypeCode.UInt32 => Number(blob.ReadUInt32(), "uint"),
                ConstantTypeCode.Int64 => Number(blob.ReadInt64(), "long"),
                ConstantTypeCode.UInt64 => Number(blob.ReadUInt64(), "ulong"),
                ConstantTypeCode.Single => Number(blob.ReadSingle(), "float"),
                ConstantTypeCode.Double => Number(blob.ReadDouble(), "double"),
                ConstantTypeCode.String => Text(blob.ReadUTF16(blob.Length)),
                ConstantTypeCode.NullReference => "null",
                _ => throw new NotSupportedException("constant of type " + constant.TypeCode),
            };
        }

        /// <summary>A decoded attribute argument, written the same way.</summary>
        public static string Argument(object value) => value switch
        {
            null => "null",
            string text => Text(text),
            bool flag => flag ? "true" : "false",
            char c => "'" + c + "'",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

        // The stored type is part of the constant: an int 0 and a long 0 are different defaults.
        private static string Number(IFormattable value, string type) => value.ToString(null, CultureInfo.InvariantCulture) + " (" + type + ")";

        private static string Text(string text) =>
            "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
