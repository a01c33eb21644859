using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeviceFirmware.HostTests;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>
    /// Finds the file that declares a contract type, so a mismatch names the file to edit. Contracts keep one type
    /// per file named after it (Contracts/System.Net/X509Certificate.cs); a type found nowhere is named by its folder.
    /// </summary>
    public sealed class ContractSourceFiles
    {
        private readonly string _folder;
        private readonly Dictionary<string, string> _byTypeName;

        /// <summary>Indexes the .cs files of <paramref name="contract"/> (bin/ and obj/ left out).</summary>
        public ContractSourceFiles(ContractAssembly contract)
        {
            _folder = contract.Folder;
            string root = Path.Combine(BuildPaths.Root, contract.Folder);
            _byTypeName = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(BuildPaths.Root, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith(contract.Folder + "/bin/", StringComparison.Ordinal) && !f.StartsWith(contract.Folder + "/obj/", StringComparison.Ordinal))
                .GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }

        /// <summary>The file declaring <paramref name="typeFullName"/> (its outermost type for a nested one), else the contract's folder.</summary>
        public string For(string typeFullName)
        {
            string outer = typeFullName.Split('+')[0];
            string name = outer.Substring(outer.LastIndexOf('.') + 1).Split('`')[0];
            return _byTypeName.TryGetValue(name, out string file) ? file : _folder;
        }
    }
}
