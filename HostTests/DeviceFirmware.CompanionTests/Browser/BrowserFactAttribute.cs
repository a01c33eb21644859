using System.IO;
using System.Runtime.CompilerServices;
using DeviceFirmware.HostTesting;
using Xunit;

namespace DeviceFirmware.CompanionTests.Browser
{
    /// <summary>
    /// A fact that needs a real Chromium: skipped with the reason where none is installed (the reason is in
    /// the listed name, so `dotnet test` prints it); under CI=true it runs and fails instead.
    /// </summary>
    public sealed class BrowserFactAttribute : FactAttribute
    {
        /// <summary>Sets the skip and its name when no browser is installed outside CI.</summary>
        public BrowserFactAttribute([CallerFilePath] string file = null, [CallerMemberName] string test = null)
        {
            Skip = ChromiumLocator.SkipReason();
            if (Skip != null)
            {
                DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{test} ({Skip})";
            }
        }
    }
}
