using System.Runtime.CompilerServices;
using Xunit;

namespace DeviceFirmware.ToolchainTests.Toolchain
{
    /// <summary>
    /// A fact that needs the real nanoFramework toolchain: skipped where it is missing, with the reason in
    /// the test's name so that `dotnet test` prints it; under CI=true the test runs and fails instead.
    /// </summary>
    public sealed class ToolchainFactAttribute : FactAttribute
    {
        /// <summary>Sets <see cref="FactAttribute.Skip"/> (and the name that carries the reason) when the toolchain is missing outside CI.</summary>
        public ToolchainFactAttribute([CallerFilePath] string file = null, [CallerMemberName] string test = null)
        {
            Skip = ToolchainSkip.Reason();
            DisplayName = ToolchainSkip.DisplayName(file, test, Skip);
        }
    }
}
