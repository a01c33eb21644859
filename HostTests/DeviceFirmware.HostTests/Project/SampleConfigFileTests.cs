using System.IO;
using DeviceFirmware.Config;
using DeviceFirmware.Tests.Config;
using Xunit;

namespace DeviceFirmware.HostTests.Project
{
    /// <summary>
    /// The repository's nf.config (the simulator's embedded default and the example device makers copy)
    /// is the text the device tests parse, byte for byte, and it is valid.
    /// </summary>
    public class SampleConfigFileTests
    {
        [Fact]
        public void RepositoryConfigIsTheTestedSample()
        {
            string onDisk = File.ReadAllText(Path.Combine(BuildPaths.Root, "nf.config"));
            Assert.Equal(SampleConfig.Text, onDisk);
        }

        [Fact]
        public void RepositoryConfigParses()
        {
            FirmwareConfig config = FirmwareConfig.Parse(File.ReadAllText(Path.Combine(BuildPaths.Root, "nf.config")));
            Assert.False(string.IsNullOrEmpty(config.DeviceModel));
        }
    }
}
