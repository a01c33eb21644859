using System.IO;
using DeviceFirmware.Config;
using DeviceFirmware.Tests.Config;
using Xunit;

namespace DeviceFirmware.HostTests.Project
{
    /// <summary>
    /// The repository's board.nf.config (the example for a real board that README "Flashing" points at) is the
    /// text the device tests parse, byte for byte, it parses with the firmware's parser, and it names Amazon's
    /// endpoints through device.region, not the sandbox.
    /// </summary>
    public class BoardConfigFileTests
    {
        private static string OnDisk()
        {
            return File.ReadAllText(Path.Combine(BuildPaths.Root, "board.nf.config"));
        }

        [Fact]
        public void BoardConfigIsTheTestedSample()
        {
            Assert.Equal(BoardSampleConfig.Text, OnDisk());
        }

        [Fact]
        public void BoardConfigParsesWithAmazonsEndpoints()
        {
            FirmwareConfig config = FirmwareConfig.Parse(OnDisk());
            Assert.Equal(FirmwareConfigSchema.DefaultLwaTokenUrl, config.LwaTokenUrl);
            Assert.Equal(FirmwareConfigSchema.DefaultDrsBaseUrl, config.DrsBaseUrl);
            Assert.DoesNotContain("127.0.0.1", OnDisk());
        }
    }
}
