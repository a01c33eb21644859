using System.IO;

namespace DeviceFirmware.ToolchainTests.Toolchain
{
    /// <summary>The skip reason of the toolchain tests, shared by their attributes.</summary>
    internal static class ToolchainSkip
    {
        /// <summary>"skipped: ..." when the toolchain is missing and this is not CI; null otherwise.</summary>
        public static string Reason()
        {
            NanoToolchain toolchain = NanoToolchain.Current;
            if (toolchain.IsPresent || NanoToolchain.IsCi)
            {
                return null;
            }

            return "skipped: real nanoFramework toolchain not available: " + toolchain.MissingReason;
        }

        /// <summary>
        /// The name a skipped test is listed under, "Class.Test (skipped: reason)" (one type per file, so the
        /// file names the class); null (xunit's default name) when the test runs.
        /// </summary>
        public static string DisplayName(string file, string test, string skip) =>
            skip == null ? null : $"{Path.GetFileNameWithoutExtension(file)}.{test} ({skip})";
    }
}
