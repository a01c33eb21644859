using System.Runtime.CompilerServices;
using DeviceFirmware.HostTesting;
using Xunit;

namespace DeviceFirmware.CloudTests.Support;

/// <summary>A theory that needs Chromium (see <see cref="ChromiumFactAttribute"/>): skipped where none is installed, failing under CI=true.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets Skip and the display name when Chromium is missing outside CI.</summary>
    public ChromiumTheoryAttribute([CallerFilePath] string? file = null, [CallerMemberName] string? test = null)
    {
        Skip = ChromiumLocator.SkipReason();
        DisplayName = Skip == null ? null : Path.GetFileNameWithoutExtension(file) + "." + test + " (" + Skip + ")";
    }
}
