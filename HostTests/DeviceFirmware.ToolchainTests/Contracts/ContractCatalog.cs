using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DeviceFirmware.HostTests;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>The contract projects under Contracts/, read from their csproj files.</summary>
    public static class ContractCatalog
    {
        /// <summary>Every folder of Contracts/ with a project, in name order.</summary>
        public static IReadOnlyList<ContractAssembly> All { get; } = Find();

        /// <summary>The contract in Contracts/<paramref name="folderName"/>.</summary>
        public static ContractAssembly Named(string folderName) =>
            All.Single(c => c.Folder == "Contracts/" + folderName);

        private static List<ContractAssembly> Find()
        {
            List<ContractAssembly> contracts = new List<ContractAssembly>();
            foreach (string folder in Directory.GetDirectories(Path.Combine(BuildPaths.Root, "Contracts")).OrderBy(f => f, StringComparer.Ordinal))
            {
                string project = Directory.GetFiles(folder, "*.csproj").SingleOrDefault();
                if (project == null)
                {
                    continue;
                }

                XDocument xml = XDocument.Load(project);
                string assemblyName = Property(xml, "AssemblyName") ?? Path.GetFileNameWithoutExtension(project);
                contracts.Add(new ContractAssembly(
                    "Contracts/" + Path.GetFileName(folder),
                    assemblyName,
                    Path.Combine(folder, "bin", BuildPaths.Configuration, assemblyName + ".dll"),
                    Property(xml, "NanoPackageId"),
                    Property(xml, "NanoPackageVersion")));
            }

            return contracts;
        }

        private static string Property(XDocument project, string name) =>
            project.Descendants(name).Select(e => e.Value.Trim()).FirstOrDefault();
    }
}
