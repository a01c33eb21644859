using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DeviceFirmware.ToolchainTests.Build;
using DeviceFirmware.ToolchainTests.Projects;
using DeviceFirmware.ToolchainTests.Toolchain;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.ToolchainTests.Image
{
    /// <summary>
    /// The whole device image (DeviceFirmware.pe, DeviceFirmware.Portable.pe and every library .pe the
    /// packages bring) loads in the real nanoCLR without a link failure and its Main starts.
    /// </summary>
    public class ImageLinkTests
    {
        // Loading takes well under a second; Main then waits on hardware this host does not have.
        private static readonly TimeSpan StartUpWindow = TimeSpan.FromSeconds(8);

        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test with xunit's output.</summary>
        public ImageLinkTests(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>
        /// Loads the image and lets Main run until it has logged its first line. The POSIX nanoCLR has no
        /// file system or GPIO, so the app then stops on the missing nf.config or the status LED; what is
        /// proven is that every assembly reference resolves and the entry point runs.
        /// </summary>
        [ToolchainFact]
        public async Task DeviceImageLinksAndMainStarts()
        {
            NanoToolchain.Current.EnsurePresent();
            IReadOnlyList<string> pes = await ImageLayout.PeFilesAsync(DeviceSolution.Application);
            _output.WriteLine("load order: " + string.Join(" ", pes.Select(System.IO.Path.GetFileName)));
            NanoClrRun run = await NanoClr.RunAsync(pes, StartUpWindow);
            Assert.False(run.HasLinkFailure, "the device image does not link:\n" + Excerpt(run.Log, "Link failure"));
            Assert.Contains("Ready.", run.Log);
            Assert.Contains("[info] DeviceFirmware 1.0.0 starting", run.Log);

            // Runtime.Native answered: the first call into a package's native code worked.
            Assert.Contains("[info] free managed memory (start-up): ", run.Log);
        }

        /// <summary>A missing dependency is caught: the same image without nanoFramework.Runtime.Events does not link.</summary>
        [ToolchainFact]
        public async Task ImageWithoutATransitiveDependencyFailsToLink()
        {
            NanoToolchain.Current.EnsurePresent();
            List<string> pes = (await ImageLayout.PeFilesAsync(DeviceSolution.Application))
                .Where(p => !p.EndsWith("nanoFramework.Runtime.Events.pe", StringComparison.Ordinal))
                .ToList();
            NanoClrRun run = await NanoClr.RunAsync(pes, StartUpWindow);
            Assert.True(run.HasLinkFailure, "the image without Runtime.Events loaded; the link check would not catch a missing package");
            Assert.Contains("nanoFramework.Runtime.Events", run.Log);
        }

        private static string Excerpt(string log, string marker)
        {
            int at = log.IndexOf(marker, StringComparison.Ordinal);
            return at < 0 ? NanoClrRun.LastLines(log) : log.Substring(at, Math.Min(1500, log.Length - at));
        }
    }
}
