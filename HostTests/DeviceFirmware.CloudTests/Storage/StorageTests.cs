using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.CloudTests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DeviceFirmware.CloudTests.Storage;

/// <summary>The database: real EF migrations applied on start, one Data Protection key ring shared by every instance.</summary>
public class StorageTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Start_AppliesTheMigrations_AndTwoInstancesShareOneKeyRingInTheDatabase(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        await kit.StartSecondInstanceAsync();
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];

        // Made (and its key encrypted) through instance 0, authenticated by instance 1.
        DeviceAnswer onSecond = await kit.Device(made, 1).StatusAsync();
        List<string> applied = await kit.DbAsync(async d => (await d.Database.GetAppliedMigrationsAsync()).ToList());
        List<string> pending = await kit.DbAsync(async d => (await d.Database.GetPendingMigrationsAsync()).ToList());
        int keys = await kit.DbAsync(d => d.DataProtectionKeys.CountAsync());

        Assert.Equal(200, onSecond.Status);
        Assert.Contains(applied, m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Contains(applied, m => m.EndsWith("_AccountLockout", StringComparison.Ordinal));
        Assert.Empty(pending);
        Assert.Equal(1, keys);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task RemoveWhileDrsIsDown_ChangesNothing_AndSaysTryAgain(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.OnboardAsync(made);

        kit.Sandbox.Faults.Add(DeviceFirmware.Sandbox.SandboxEndpoint.Deregister, DeviceFirmware.Sandbox.Faults.FaultKind.ServerError);
        (HttpResponseMessage response, string page) = await user.PostFormAsync("/Devices/Remove?serial=SN-0001", "/Devices/Remove", ("Serial", "SN-0001"));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Nothing was changed", page);
        Assert.Equal(1, await kit.DbAsync(d => d.LwaGrants.CountAsync()));
        Assert.NotNull((await kit.DbAsync(d => d.Devices.SingleAsync())).OwnerAccountId);
        Assert.True(kit.Sandbox.Registrations().Single().Active);
    }
}
