namespace DeviceFirmware.HostTests.ContractBuild
{
    /// <summary>A folder of Contracts/ with its project.</summary>
    /// <param name="Folder">The folder name, e.g. "System.Net.Http".</param>
    /// <param name="ProjectPath">Full path of its .csproj.</param>
    /// <param name="AssemblyName">The assembly it builds (the csproj's AssemblyName, else the project file name).</param>
    /// <param name="AssemblyPath">Full path of that assembly in bin/&lt;Configuration&gt;/.</param>
    /// <param name="IsReferenced">True if a contract-build project references it, directly or through another contract.</param>
    public sealed record ContractProject(string Folder, string ProjectPath, string AssemblyName, string AssemblyPath, bool IsReferenced);
}
