// Contract of System.Text.Decoder as declared in NuGet nanoFramework.System.Text 1.3.42 (nanoframework/System.Text nanoFramework.System.Text/Text/Decoder.cs; checked against nanoframework/CoreLibrary source/System/Text/Decoder.cs and nanoframework/System.Text Tests/NFUnitTestEncoding/EncodingTests.cs).
namespace System.Text
{
    public abstract class Decoder
    {
        public abstract void Convert(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, int charCount, bool flush, out int bytesUsed, out int charsUsed, out bool completed);
    }
}
