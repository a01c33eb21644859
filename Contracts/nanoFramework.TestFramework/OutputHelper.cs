// Contract of nanoFramework.TestFramework.OutputHelper as declared in NuGet nanoFramework.TestFramework 3.0.80
// (nanoframework/nanoFramework.TestFramework source/TestFramework/OutputHelper.cs @ 2d363f7f).
namespace nanoFramework.TestFramework
{
    public static class OutputHelper
    {
        public static void WriteLine(string message) { throw null; }
    }
}
