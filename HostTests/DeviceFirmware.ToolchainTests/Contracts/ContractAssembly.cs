namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>One project of Contracts/: the compile-only declaration of a nanoFramework package's assembly.</summary>
    /// <param name="Folder">The folder, relative to the repository root, e.g. "Contracts/System.Net".</param>
    /// <param name="AssemblyName">The assembly it builds, the real library's name (the csproj's AssemblyName).</param>
    /// <param name="AssemblyPath">Full path of the built assembly, bin/&lt;Configuration&gt;/&lt;AssemblyName&gt;.dll.</param>
    /// <param name="PackageId">The NuGet package it declares (NanoPackageId).</param>
    /// <param name="PackageVersion">The package version the device projects pin (NanoPackageVersion).</param>
    public sealed record ContractAssembly(string Folder, string AssemblyName, string AssemblyPath, string PackageId, string PackageVersion)
    {
        /// <summary>The folder's name, which the xunit case is named by.</summary>
        public override string ToString() => Folder;
    }
}
