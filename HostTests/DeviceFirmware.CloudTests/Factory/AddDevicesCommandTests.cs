using System.Text.RegularExpressions;
using DeviceFirmware.Cloud;
using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.CloudTests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DeviceFirmware.CloudTests.Factory;

/// <summary>The factory command: files for the board and the label, key encrypted and claim code hashed in the database.</summary>
public class AddDevicesCommandTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task AddDevices_WritesKeyAndLabel_StoresNoSecretInClear_AndTheKeyFileSignsRequests(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        string outDir = Path.Combine(Path.GetTempPath(), "cloudtests-factory-" + Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        var errors = new StringWriter();
        try
        {
            int exit = await AddDevicesCommand.RunAsync(["--model", "DeviceFirmwareSim", "--serials", "SN-A1,SN-A2", "--out", outDir, "--test-devices"], kit.Settings, output, errors);

            Assert.True(exit == 0, errors.ToString());
            string keyText = File.ReadAllText(Path.Combine(outDir, "SN-A1", "device.key"));
            Assert.Matches(new Regex("^[0-9a-f]{64}\n$"), keyText);
            string label = File.ReadAllText(Path.Combine(outDir, "SN-A1", "label.txt"));
            string claimCode = Regex.Match(label, "Claim code: ([A-Z0-9-]{19})").Groups[1].Value;
            Assert.Contains("Serial: SN-A1", label);
            Assert.NotEqual(keyText, File.ReadAllText(Path.Combine(outDir, "SN-A2", "device.key")));

            Device stored = await kit.DbAsync(d => d.Devices.SingleAsync(x => x.Serial == "SN-A1"));
            Assert.True(stored.IsTestDevice);
            Assert.DoesNotContain(keyText.Trim(), stored.ProtectedKey);
            Assert.DoesNotContain(ClaimCode.Normalize(claimCode), stored.ClaimCodeHash.ToUpperInvariant());
            Assert.True(ClaimCode.Matches(claimCode, stored.ClaimCodeHash));
            Assert.DoesNotContain(keyText.Trim(), output.ToString());
            Assert.DoesNotContain(claimCode, output.ToString());

            byte[] key = Convert.FromHexString(keyText.Trim());
            DeviceAnswer answer = await new SignedDevice(kit.BaseUrl, "SN-A1", key, kit.Time).StatusAsync();
            Assert.Equal(200, answer.Status);

            int again = await AddDevicesCommand.RunAsync(["--model", "DeviceFirmwareSim", "--serials", "SN-A1", "--out", outDir + "-2"], kit.Settings, output, errors);
            Assert.Equal(3, again);
            Assert.Contains("exist already", errors.ToString());
        }
        finally
        {
            if (Directory.Exists(outDir))
            {
                Directory.Delete(outDir, true);
            }
        }
    }

    [Fact]
    public async Task BadArguments_Exit2_WithTheReason_AndHelpExits0()
    {
        var settings = new CloudSettings { Database = TestDatabase.Create(TestDatabase.Sqlite) };
        var output = new StringWriter();
        var errors = new StringWriter();

        int badSerial = await AddDevicesCommand.RunAsync(["--model", "M", "--serials", "ok,not ok", "--out", "x"], settings, output, errors);
        int noOut = await AddDevicesCommand.RunAsync(["--model", "M", "--serials", "a"], settings, output, errors);
        int twice = await AddDevicesCommand.RunAsync(["--model", "M", "--serials", "a,a", "--out", "x"], settings, output, errors);
        int help = await AddDevicesCommand.RunAsync(["--help"], settings, output, errors);

        Assert.Equal(2, badSerial);
        Assert.Equal(2, noOut);
        Assert.Equal(2, twice);
        Assert.Equal(0, help);
        Assert.Contains("serial 'not ok'", errors.ToString());
        Assert.Contains("--out DIR is required", errors.ToString());
        Assert.Contains("listed twice", errors.ToString());
        Assert.Contains("usage:", output.ToString());
    }
}
