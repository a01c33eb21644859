using System.Runtime.CompilerServices;
using DeviceFirmware.HostTesting;
using Xunit;

namespace DeviceFirmware.CloudTests.Support;

/// <summary>
/// A fact that needs Chromium: skipped where none is installed, with the reason in the test's name so that
/// `dotnet test` prints it; under CI=true it runs and fails instead.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets Skip and the display name when Chromium is missing outside CI.</summary>
    public ChromiumFactAttribute([CallerFilePath] string? file = null, [CallerMemberName] string? test = null)
    {
        Skip = ChromiumLocator.SkipReason();
        DisplayName = Skip == null ? null : Path.GetFileNameWithoutExtension(file) + "." + test + " (" + Skip + ")";
    }
}
