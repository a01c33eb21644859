using System;
using System.Collections.Generic;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>The public API of one assembly file.</summary>
    /// <param name="AssemblyName">The assembly's name, e.g. System.Net.</param>
    /// <param name="Version">The assembly version (nanoFramework versions assemblies like their packages).</param>
    /// <param name="Types">The visible types by <see cref="ApiType.FullName"/>.</param>
    public sealed record ApiSurface(string AssemblyName, Version Version, IReadOnlyDictionary<string, ApiType> Types)
    {
        /// <summary>The package version the assembly carries: the first three parts of <see cref="Version"/>.</summary>
        public string PackageVersion => Version.ToString(3);
    }
}
