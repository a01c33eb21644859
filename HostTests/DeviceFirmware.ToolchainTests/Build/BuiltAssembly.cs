namespace DeviceFirmware.ToolchainTests.Build
{
    /// <summary>What building one .nfproj with the real toolchain produced.</summary>
    /// <param name="ProjectName">The project.</param>
    /// <param name="AssemblyName">Its assembly name.</param>
    /// <param name="Dll">The compiled assembly (the metadata processor's input).</param>
    /// <param name="Pe">The converted .pe (what a board and nanoCLR load).</param>
    public sealed record BuiltAssembly(string ProjectName, string AssemblyName, string Dll, string Pe);
}
