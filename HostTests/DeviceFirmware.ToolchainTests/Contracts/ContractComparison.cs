using System;
using System.Collections.Generic;
using System.Linq;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>
    /// Compares a contract assembly with the real library: every type and member the contract declares must be
    /// in the real library with the same shape. Members the contract leaves out are fine (it declares only what
    /// the firmware uses); a type's own shape (kind, base type, interfaces, accessors of a property) must be whole.
    /// </summary>
    public sealed class ContractComparison
    {
        private readonly ContractAssembly _contract;
        private readonly ApiSurface _declared;
        private readonly ApiSurface _real;
        private readonly ContractSourceFiles _files;
        private readonly List<string> _mismatches = new List<string>();

        private ContractComparison(ContractAssembly contract, ApiSurface declared, ApiSurface real, ContractSourceFiles files)
        {
            _contract = contract;
            _declared = declared;
            _real = real;
            _files = files;
        }

        /// <summary>The real library as messages name it, e.g. "the real System.Net 1.11.54".</summary>
        private string RealName => "the real " + _real.AssemblyName + " " + _real.PackageVersion;

        /// <summary>One line per mismatch, each naming the contract file, what the contract declares and what the real library has; empty when they match.</summary>
        public static IReadOnlyList<string> Mismatches(ContractAssembly contract, ApiSurface declared, ApiSurface real, ContractSourceFiles files)
        {
            ContractComparison comparison = new ContractComparison(contract, declared, real, files);
            comparison.CompareVersion();
            foreach (ApiType type in declared.Types.Values.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                comparison.CompareType(type);
            }

            return comparison._mismatches;
        }

        private void CompareVersion()
        {
            if (!string.Equals(_contract.PackageVersion, _real.PackageVersion, StringComparison.Ordinal))
            {
                _mismatches.Add($"{_contract.Folder}: NanoPackageVersion is {_contract.PackageVersion} ({_contract.PackageId}), but {RealName} is version {_real.Version}");
            }
        }

        private void CompareType(ApiType declared)
        {
            string file = _files.For(declared.FullName);
            if (!_real.Types.TryGetValue(declared.FullName, out ApiType real))
            {
                _mismatches.Add($"{file}: type {declared.FullName} ({declared.Facts[ApiSurfaceReader.KindFact]}) not in {RealName}");
                return;
            }

            foreach (KeyValuePair<string, string> fact in declared.Facts)
            {
                real.Facts.TryGetValue(fact.Key, out string actual);
                if (!string.Equals(fact.Value, actual, StringComparison.Ordinal))
                {
                    _mismatches.Add($"{file}: type {declared.FullName}: the contract declares {fact.Key} '{fact.Value}', {RealName} has '{actual ?? "none"}'");
                }
            }

            foreach (ApiMember member in declared.Members.Values.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                CompareMember(file, declared.FullName, member, real);
            }
        }

        private void CompareMember(string file, string typeName, ApiMember declared, ApiType real)
        {
            if (real.Members.TryGetValue(declared.Key, out ApiMember actual))
            {
                if (!string.Equals(declared.Declaration, actual.Declaration, StringComparison.Ordinal))
                {
                    _mismatches.Add($"{file}: {typeName} {declared.Key}: the contract declares '{declared.Declaration}', {RealName} declares '{actual.Declaration}'");
                }

                return;
            }

            // Name what the real library has under that name, so an overload with other parameters is easy to spot.
            List<string> sameName = real.Members.Values.Where(m => m.Name == declared.Name).Select(m => "'" + m.Declaration + "'").OrderBy(d => d, StringComparer.Ordinal).ToList();
            string has = sameName.Count == 0 ? "it has no public or protected member " + declared.Name : "it has " + string.Join(", ", sameName);
            _mismatches.Add($"{file}: {typeName} {declared.Key} ('{declared.Declaration}') not in {RealName}; {has}");
        }
    }
}
