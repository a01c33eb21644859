using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeviceFirmware.ToolchainTests.Toolchain;
using Xunit;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>
    /// Every declaration in Contracts/ exists with the same signature in the real nanoFramework library of the
    /// same assembly name (the toolchain's refs/), at the package version the contract names. The contract build
    /// is only as strict as its declarations: one the real library lacks would let firmware compile here that
    /// fails on the device build. Both sides are read with System.Reflection.Metadata; the contract assemblies
    /// are built first (this project references every contract project with ReferenceOutputAssembly=false).
    /// </summary>
    public class ContractsMatchRealLibrariesTests
    {
        /// <summary>The folders of Contracts/ that hold a contract project, by name.</summary>
        public static IEnumerable<object[]> Contracts => ContractCatalog.All.Select(c => new object[] { Path.GetFileName(c.Folder) });

        /// <summary>The contract declares nothing the real library lacks or declares otherwise, and names the real library's version.</summary>
        [ToolchainTheory]
        [MemberData(nameof(Contracts))]
        public void DeclaresOnlyWhatTheRealLibraryHas(string contractFolder)
        {
            NanoToolchain.Current.EnsurePresent();
            ContractAssembly contract = ContractCatalog.Named(contractFolder);
            (ApiSurface declared, ApiSurface real) = Read(contract, contract.AssemblyName);
            Assert.True(declared.Types.Count > 0, $"{contract.AssemblyPath} declares no public type: nothing would be compared");

            IReadOnlyList<string> mismatches = ContractComparison.Mismatches(contract, declared, real, new ContractSourceFiles(contract));
            Assert.True(
                mismatches.Count == 0,
                $"{contract.Folder} ({contract.PackageId} {contract.PackageVersion}) differs from {NanoToolchain.Current.Reference(contract.AssemblyName)} in {mismatches.Count} place(s):\n"
                    + string.Join("\n", mismatches));
        }

        /// <summary>
        /// The comparison can fail: a contract checked against another library (System.Threading's declarations
        /// against the real System.Net) reports the version and every declared type, each on its own line.
        /// </summary>
        [ToolchainFact]
        public void ReportsEveryDeclarationTheRealLibraryLacks()
        {
            NanoToolchain.Current.EnsurePresent();
            ContractAssembly contract = ContractCatalog.Named("System.Threading");
            (ApiSurface declared, ApiSurface other) = Read(contract, "System.Net");

            IReadOnlyList<string> mismatches = ContractComparison.Mismatches(contract, declared, other, new ContractSourceFiles(contract));

            Assert.Contains(mismatches, m => m.StartsWith("Contracts/System.Threading: NanoPackageVersion is " + contract.PackageVersion + " ", StringComparison.Ordinal));
            foreach (string type in declared.Types.Keys)
            {
                Assert.Contains(mismatches, m => m.Contains($": type {type} (", StringComparison.Ordinal) && m.EndsWith("not in the real System.Net " + other.PackageVersion, StringComparison.Ordinal));
            }

            Assert.Equal(1 + declared.Types.Count, mismatches.Count);
        }

        private static (ApiSurface Declared, ApiSurface Real) Read(ContractAssembly contract, string realAssembly)
        {
            Assert.True(File.Exists(contract.AssemblyPath), $"{contract.AssemblyPath} is not built (this test project builds every contract project first)");
            string realPath = NanoToolchain.Current.Reference(realAssembly);
            Assert.True(File.Exists(realPath), $"{contract.Folder} declares assembly {realAssembly}, but the toolchain has no {realPath}");
            return (ApiSurfaceReader.Read(contract.AssemblyPath), ApiSurfaceReader.Read(realPath));
        }
    }
}
