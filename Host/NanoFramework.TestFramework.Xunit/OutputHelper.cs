using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Test output; on the device it goes to the console the runner reads, here to standard output.</summary>
    public static class OutputHelper
    {
        /// <summary>Writes a line of test output.</summary>
        public static void WriteLine(string message) => Console.WriteLine(message);
    }
}
