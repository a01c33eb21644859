using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace DeviceFirmware.HostTests.Bridge
{
    /// <summary>
    /// The host bridge (Host/NanoFramework.TestFramework.Xunit) and the device contract
    /// (Contracts/nanoFramework.TestFramework, the declaration of the real NuGet package's API that the
    /// contract build compiles DeviceFirmware.Tests/ against) must be the same API: same types in the
    /// same namespaces, same methods with the same static-ness, return and parameter types, parameter
    /// names, default values and caller attributes. Otherwise a test could bind to a different overload
    /// or get a different message on the host than on the device.
    /// </summary>
    public class TestFrameworkParityTests
    {
        private static readonly Assembly BridgeAssembly = typeof(nanoFramework.TestFramework.Assert).Assembly;

        private static readonly string ContractPath = Path.Combine(
            BuildPaths.Root, "Contracts", "nanoFramework.TestFramework", "bin", BuildPaths.Configuration, "nanoFramework.TestFramework.dll");

        private static readonly Lazy<IReadOnlyDictionary<string, ApiType>> ContractApi = new Lazy<IReadOnlyDictionary<string, ApiType>>(() =>
        {
            Assert.True(File.Exists(ContractPath), $"the contract assembly {ContractPath} is not built (HostTests builds it through DeviceFirmware.Tests.Contract)");
            return MetadataApiReader.Read(ContractPath);
        });

        private static readonly Lazy<IReadOnlyDictionary<string, ApiType>> BridgeApi =
            new Lazy<IReadOnlyDictionary<string, ApiType>>(() => ReflectionApiReader.Read(BridgeAssembly));

        [Fact]
        public void ContractAssembly_IsReadAndDeclaresTheTestFrameworkApi()
        {
            // Guards the comparisons below against passing on an empty or misread contract.
            string[] expected =
            {
                "nanoFramework.TestFramework.Assert",
                "nanoFramework.TestFramework.CollectionAssert",
                "nanoFramework.TestFramework.OutputHelper",
                "nanoFramework.TestFramework.TestClassAttribute",
                "nanoFramework.TestFramework.TestMethodAttribute",
            };
            string[] missing = expected.Except(ContractApi.Value.Keys).ToArray();
            Assert.True(missing.Length == 0, $"{ContractPath} lacks {string.Join(", ", missing)}; it declares {string.Join(", ", ContractApi.Value.Keys)}");

            ApiType assert = ContractApi.Value["nanoFramework.TestFramework.Assert"];
            Assert.True(
                assert.Members.Count(m => m.Key.StartsWith("AreEqual(", StringComparison.Ordinal)) >= 15,
                $"the contract's Assert declares too few AreEqual overloads to be the real package's API:\n  {string.Join("\n  ", assert.Members.Select(m => m.Declaration))}");
        }

        [Fact]
        public void EveryContractType_IsInTheBridge_WithTheSameNamespaceKindModifiersAndAttributes()
        {
            List<string> problems = new List<string>();
            foreach (ApiType contract in ContractApi.Value.Values.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (!BridgeApi.Value.TryGetValue(contract.FullName, out ApiType bridge))
                {
                    string sameName = string.Join(", ", BridgeApi.Value.Keys.Where(k => k.EndsWith("." + contract.FullName.Split('.').Last(), StringComparison.Ordinal)));
                    problems.Add($"{contract.FullName}: missing from the bridge{(sameName.Length > 0 ? $" (the bridge has {sameName}: wrong namespace?)" : string.Empty)}");
                    continue;
                }

                if (contract.Declaration != bridge.Declaration)
                {
                    problems.Add($"{contract.FullName}: the device declares '{contract.Declaration}', the bridge '{bridge.Declaration}'");
                }

                Type bridgeType = BridgeAssembly.GetType(contract.FullName, throwOnError: true);
                List<string> bridgeBases = ReflectionApiReader.BaseTypeNames(bridgeType).ToList();
                if (contract.BaseType != null && !bridgeBases.Contains(contract.BaseType))
                {
                    problems.Add($"{contract.FullName}: derives from {contract.BaseType} on the device, but the bridge's base types are [{string.Join(", ", bridgeBases)}]");
                }

                HashSet<string> bridgeInterfaces = bridgeType.GetInterfaces().Select(ReflectionApiReader.TypeName).ToHashSet(StringComparer.Ordinal);
                foreach (string missingInterface in contract.Interfaces.Where(i => !bridgeInterfaces.Contains(i)))
                {
                    problems.Add($"{contract.FullName}: implements {missingInterface} on the device, not in the bridge");
                }

                if (!contract.Attributes.SequenceEqual(bridge.Attributes))
                {
                    problems.Add($"{contract.FullName}: attributes on the device [{string.Join(" ", contract.Attributes)}], in the bridge [{string.Join(" ", bridge.Attributes)}]");
                }
            }

            Assert.True(problems.Count == 0, $"The bridge {BridgeAssembly.GetName().Name} differs from the device contract {ContractPath}:\n  {string.Join("\n  ", problems)}");
        }

        [Fact]
        public void EveryContractMethod_IsInTheBridge_WithIdenticalSignatureNamesAndDefaults()
        {
            List<string> problems = new List<string>();
            foreach (ApiType contract in ContractApi.Value.Values.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (!BridgeApi.Value.TryGetValue(contract.FullName, out ApiType bridge))
                {
                    problems.Add($"{contract.FullName}: the whole type is missing from the bridge");
                    continue;
                }

                foreach (ApiMember member in contract.Members)
                {
                    ApiMember counterpart = bridge.Members.FirstOrDefault(m => m.Key == member.Key);
                    if (counterpart == null)
                    {
                        problems.Add($"{contract.FullName}: missing  {member.Declaration}");
                    }
                    else if (counterpart.Declaration != member.Declaration)
                    {
                        problems.Add($"{contract.FullName}: differs\n      device: {member.Declaration}\n      bridge: {counterpart.Declaration}");
                    }
                }
            }

            Assert.True(problems.Count == 0, $"The bridge {BridgeAssembly.GetName().Name} does not declare the device API of {ContractPath}:\n  {string.Join("\n  ", problems)}");
        }

        [Fact]
        public void TheBridge_DeclaresNoPublicApi_TheDevicePackageLacks()
        {
            // An extra public overload in the bridge would let a test bind differently on the host than on the
            // device (or compile on the host only); keep host-only helpers internal.
            List<string> extras = new List<string>();
            foreach (ApiType bridge in BridgeApi.Value.Values.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (!ContractApi.Value.TryGetValue(bridge.FullName, out ApiType contract))
                {
                    extras.Add($"type {bridge.Declaration} {bridge.FullName}");
                    continue;
                }

                extras.AddRange(bridge.Members
                    .Where(m => !contract.Members.Any(c => c.Key == m.Key))
                    .Select(m => $"{bridge.FullName}: {m.Declaration}"));
            }

            Assert.True(
                extras.Count == 0,
                $"The bridge {BridgeAssembly.GetName().Name} declares public API that the device contract {ContractPath} does not "
                + $"(make it internal, or declare it in the contract if the real package has it):\n  {string.Join("\n  ", extras)}");
        }

        [Fact]
        public void AssertFailedException_IsInNamespaceTestFrameworkShared_AsOnTheDevice()
        {
            // The device tests never name it, so the contract no longer declares it (ContractUsageTests) and the bridge's
            // is internal; the failure a host run reports still carries the device package's type name.
            Type bridge = BridgeAssembly.GetTypes().SingleOrDefault(t => t.Name == "AssertFailedException");
            Assert.True(bridge != null, $"the bridge {BridgeAssembly.GetName().Name} declares no AssertFailedException");
            Assert.True(
                bridge.Namespace == "TestFrameworkShared",
                $"the bridge declares AssertFailedException in namespace '{bridge.Namespace}'; the real package uses 'TestFrameworkShared'");
        }
    }
}
