using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DeviceFirmware.ToolchainTests.Build;
using DeviceFirmware.ToolchainTests.Projects;
using DeviceFirmware.ToolchainTests.Toolchain;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.ToolchainTests.Image
{
    /// <summary>
    /// Sizes of every assembly the solution builds and of the device image, and each assembly's use of
    /// the metadata processor's 65,535-byte string table, which must leave room to grow.
    /// </summary>
    public class ImageFiguresTests
    {
        /// <summary>The share of the string table an assembly may use, so that it can grow before it overflows.</summary>
        public const double StringTableBudget = 0.75;

        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test with xunit's output.</summary>
        public ImageFiguresTests(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>Every assembly of Firmware.sln stays within <see cref="StringTableBudget"/> of the string table limit.</summary>
        [ToolchainFact]
        public async Task EveryAssemblyLeavesRoomInItsStringTable()
        {
            NanoToolchain.Current.EnsurePresent();
            StringBuilder report = new StringBuilder();
            report.AppendLine("assembly (project)                                              .pe bytes   strings   of 65,535");
            List<string> over = new List<string>();
            foreach (NanoProject project in DeviceSolution.Projects)
            {
                BuiltAssembly built = await DeviceBuild.OfAsync(project);
                PeTables tables = PeTables.Read(built.Pe);
                double share = (double)tables.Strings / PeTables.StringTableLimit;
                report.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-60} {1,10:N0} {2,9:N0} {3,8:P0}",
                    project.AssemblyName + " (" + project.Name + ")", tables.FileBytes, tables.Strings, share));
                if (share > StringTableBudget)
                {
                    over.Add($"{project.Name}: {tables.Strings:N0} bytes ({share:P0})");
                }
            }

            Write("assemblies.txt", report.ToString());
            Assert.True(over.Count == 0,
                $"string tables above {StringTableBudget:P0} of {PeTables.StringTableLimit:N0} bytes (split the project or move code to a library): {string.Join("; ", over)}");
        }

        /// <summary>Reports the device image: every .pe a board gets, and the total.</summary>
        [ToolchainFact]
        public async Task ReportsTheDeviceImageSize()
        {
            NanoToolchain.Current.EnsurePresent();
            IReadOnlyList<string> pes = await ImageLayout.PeFilesAsync(DeviceSolution.Application);
            StringBuilder report = new StringBuilder();
            long total = 0;
            foreach (string pe in pes)
            {
                long bytes = new FileInfo(pe).Length;
                total += bytes;
                report.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-45} {1,10:N0}", Path.GetFileName(pe), bytes));
            }

            report.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-45} {1,10:N0}", "total (" + pes.Count + " assemblies)", total));
            Write("device-image.txt", report.ToString());
            Assert.Equal("mscorlib.pe", Path.GetFileName(pes[0]));
            Assert.Equal("DeviceFirmware.pe", Path.GetFileName(pes[pes.Count - 1]));
        }

        private void Write(string file, string text)
        {
            _output.WriteLine(text);
            DeviceBuild.WriteReport(file, text);
        }
    }
}
