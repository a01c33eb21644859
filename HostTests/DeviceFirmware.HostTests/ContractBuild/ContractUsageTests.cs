using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.HostTests.ContractBuild
{
    /// <summary>
    /// The rule of Contracts/ (each Contracts/*/SOURCES.md): a contract declares only the members the firmware uses, each exactly as the real package does.
    /// Reads the contract-build outputs (ContractBuild/DeviceFirmware.Contract: DeviceFirmware.dll,
    /// ContractBuild/DeviceFirmware.Tests.Contract: NFUnitTest.dll) and every contract assembly, and lists every
    /// public or protected declaration of Contracts/ that neither references, nor needs for a faithful, compiling
    /// declaration. The allowances, each with its reason, are in <see cref="ContractUsage"/>:
    /// <list type="bullet">
    /// <item>enum members (uses are compiled to constants: the enum type's TypeRef is the use) and other constants;</item>
    /// <item>a property or event with all its accessors once one accessor is used (a removed setter would change the property);</item>
    /// <item>types that appear in the signature of a kept member, base types and interfaces of kept types;</item>
    /// <item>abstract members of a kept abstract base class that a kept concrete contract class overrides, and those overrides;</item>
    /// <item>overrides of members used through their base declaration (calls bind to Stream.Read, Object.ToString...);</item>
    /// <item>public members implementing an interface the kept type declares (required to compile);</item>
    /// <item>base constructors that kept contract constructors (internal ones included) call (': base(...)'); compiler-generated default constructors;</item>
    /// <item>the whole overload set of a used nanoFramework.TestFramework.Assert method (overload resolution on the device).</item>
    /// </list>
    /// The contract-build projects are built before these tests (this project references them with
    /// ReferenceOutputAssembly=false), and with them every contract they reference.
    /// </summary>
    public class ContractUsageTests
    {
        private static readonly Lazy<ContractUsage> Usage = new Lazy<ContractUsage>(() =>
        {
            foreach (string consumer in ContractUsage.ContractBuilds.Select(b => Path.Combine(BuildPaths.Root, string.Format(b.Assembly, BuildPaths.Configuration))))
            {
                Assert.True(File.Exists(consumer), $"{consumer} is not built (HostTests builds the contract-build projects first)");
            }

            ContractUsage usage = ContractUsageOrMissing(out string missing);
            Assert.True(missing == null, missing);
            return usage;
        });

        private readonly ITestOutputHelper _output;

        public ContractUsageTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void TheAnalysis_SeesWhatTheTestsCertainlyUse()
        {
            // Guards the test below against passing on unread or misread assemblies.
            ContractUsage usage = Usage.Value;
            Assert.Contains(usage.UsedMembers, m => m.DeclaringType.FullName == ContractUsage.AssertType && m.Key == "IsTrue`0(System.Boolean,System.String)System.Void");
            Assert.Contains(usage.KeptTypes.Keys, t => t.FullName == "nanoFramework.TestFramework.TestClassAttribute");
            int areEqual = usage.KeptMembers.Keys.Count(m => m.DeclaringType.FullName == ContractUsage.AssertType && m.Name == "AreEqual");
            Assert.True(areEqual == 15, $"expected the 15 Assert.AreEqual overloads kept as one set, found {areEqual}");
            Assert.True(usage.UsedMembers.Count > 20, $"only {usage.UsedMembers.Count} contract members found referenced: misread assemblies?");
        }

        [Fact]
        public void EveryContractDeclaration_IsUsedByTheFirmwareOrItsTests()
        {
            ContractUsage usage = Usage.Value;
            // What the allowances keep, for review in the test output (accessors go with their property, enum members with their enum).
            foreach (string allowance in usage.KeptMembers
                .Where(k => !usage.UsedMembers.Contains(k.Key) && k.Key.Owner == null && !k.Key.Accessors.Any(usage.UsedMembers.Contains))
                .Where(k => !(k.Key.Kind == MetadataMemberKind.Field && k.Key.DeclaringType.IsEnum))
                .Select(k => $"kept, not referenced: {k.Key.DeclaringType.ContractFolder}: {k.Key.Display}: {k.Value}")
                .OrderBy(line => line, StringComparer.Ordinal))
            {
                _output.WriteLine(allowance);
            }

            StringBuilder report = new StringBuilder();
            int count = 0;
            foreach (ContractProject project in usage.Projects.Where(p => !p.IsReferenced))
            {
                report.AppendLine($"Contracts/{project.Folder}: no contract-build project references it (directly or through another contract): "
                    + "delete the folder and its line in FirmwareHost.slnx");
                count++;
            }

            foreach (IGrouping<string, (MetadataType Type, MetadataMember Member)> folder in usage.Unused().GroupBy(u => u.Type.ContractFolder).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                ContractProject project = usage.Projects.Single(p => p.Folder == folder.Key);
                int typesInFolder = usage.ContractTypes.Count(t => t.ContractFolder == folder.Key && t.IsVisible);
                int unusedTypes = folder.Count(u => u.Member == null);
                report.AppendLine($"Contracts/{folder.Key} (assembly {project.AssemblyName})"
                    + (unusedTypes == typesInFolder ? ": nothing in it is used: remove its ProjectReference(s), the folder and its line in FirmwareHost.slnx" : ":"));
                foreach ((MetadataType type, MetadataMember member) in folder)
                {
                    string file = SourceFile(project, type);
                    report.AppendLine(member == null
                        ? $"  {file}: type {type.FullName} (delete the whole declaration)"
                        : $"  {file}: {member.Display}");
                    count++;
                }
            }

            Assert.True(
                count == 0,
                $"{count} contract declaration(s) are used neither by the firmware ({Path.GetFileName(usage.ConsumerPaths[0])}) nor by its tests "
                + $"({Path.GetFileName(usage.ConsumerPaths[1])}), and no allowance keeps them. ARCHITECTURE: contracts declare only the members "
                + "used. Delete (and update the folder's SOURCES.md):\n" + report);
        }

        private static ContractUsage ContractUsageOrMissing(out string missing)
        {
            ContractUsage usage = null;
            missing = null;
            try
            {
                usage = ContractUsage.Analyze(BuildPaths.Root, BuildPaths.Configuration);
            }
            catch (FileNotFoundException e)
            {
                missing = e.Message;
            }

            return usage;
        }

        /// <summary>The file declaring the type: one type per file, named after it; else the file whose text declares it.</summary>
        private static string SourceFile(ContractProject project, MetadataType type)
        {
            string folder = Path.GetDirectoryName(project.ProjectPath);
            string simpleName = type.FullName.Split('.', '+').Last();
            List<string> sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(folder, f))
                .ToList();
            string file = sources.FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == simpleName)
                ?? sources.FirstOrDefault(f => Regex.IsMatch(File.ReadAllText(f), @"\b(class|struct|enum|interface|delegate)\s+(\w+\s+)?" + Regex.Escape(simpleName) + @"\b"));
            return file == null ? "(file not found)" : Path.GetRelativePath(folder, file).Replace('\\', '/');
        }

        private static bool IsBuildOutput(string folder, string file)
        {
            string relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
        }
    }
}
