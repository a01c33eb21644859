using System.Runtime.CompilerServices;
using Xunit;

namespace DeviceFirmware.ToolchainTests.Toolchain
{
    /// <summary>A theory that needs the real nanoFramework toolchain (see <see cref="ToolchainFactAttribute"/>).</summary>
    public sealed class ToolchainTheoryAttribute : TheoryAttribute
    {
        /// <summary>Sets <see cref="FactAttribute.Skip"/> (and the name that carries the reason) when the toolchain is missing outside CI.</summary>
        public ToolchainTheoryAttribute([CallerFilePath] string file = null, [CallerMemberName] string test = null)
        {
            Skip = ToolchainSkip.Reason();
            DisplayName = ToolchainSkip.DisplayName(file, test, Skip);
        }
    }
}
