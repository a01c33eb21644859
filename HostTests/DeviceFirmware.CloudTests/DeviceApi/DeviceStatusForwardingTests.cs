using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.CloudTests.Support;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.CloudTests.DeviceApi;

/// <summary>A registered device's status reports reach DRS's deviceStatus once a day, whichever instance gets them.</summary>
public class DeviceStatusForwardingTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task StatusReports_AreForwardedToDrsOnceADay_AcrossInstances_AndRetriedAfterAFailure(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        await kit.StartSecondInstanceAsync();
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        await kit.Device(made).StatusAsync();
        int beforeSignIn = kit.Sandbox.Requests.CountOf(SandboxEndpoint.DeviceStatus);
        using WebUser user = kit.User();
        await user.OnboardAsync(made);

        kit.Sandbox.Faults.Add(SandboxEndpoint.DeviceStatus, Sandbox.Faults.FaultKind.ServerError);
        await kit.Device(made, 0).StatusAsync();
        await Task.WhenAll(kit.Device(made, 0).StatusAsync(), kit.Device(made, 1).StatusAsync(), kit.Device(made, 1).StatusAsync());
        int sameDay = kit.Sandbox.Requests.CountOf(SandboxEndpoint.DeviceStatus);
        kit.Time.Advance(TimeSpan.FromHours(24));
        DeviceAnswer nextDay = await kit.Device(made, 1).StatusAsync();

        Assert.Equal(0, beforeSignIn);
        Assert.Equal(2, sameDay); // the failed one, then one more; none for the rest of that day
        Assert.True(nextDay.Json.GetProperty("registered").GetBoolean());
        Assert.Equal(3, kit.Sandbox.Requests.CountOf(SandboxEndpoint.DeviceStatus));
        Assert.Equal(2, kit.Sandbox.Registrations().Single().DeviceStatusReports);
    }
}
