using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.Cloud.Tokens;
using DeviceFirmware.CloudTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DeviceFirmware.CloudTests.Pages;

/// <summary>No token, device key, claim code or authorization code in any log line or page; tokens encrypted at rest.</summary>
public class SecretsStayOnTheServerTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task AfterTheWholeStory_NoSecretInLogsOrPages_AndTokensAreEncryptedAtRest(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db, sandbox: o => o.RotateRefreshTokens = true);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.SignUpAsync();
        await user.RegisterAsync(made.Serial, made.ClaimCode);
        (HttpResponseMessage start, _) = await user.PostFormAsync("/Devices", "/Devices/Amazon", ("Serial", made.Serial));
        (HttpResponseMessage lwa, _) = await user.GetAsync(start.Headers.Location!.OriginalString);
        string callback = lwa.Headers.Location!.OriginalString;
        string code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(callback).Query)["code"].ToString();
        await user.GetAsync(callback);
        SignedDevice device = kit.Device(made);
        await device.ReplenishAsync("slot1", 1);
        kit.Time.Advance(TimeSpan.FromHours(2));
        await device.ReplenishAsync("slot1", 2);
        kit.Sandbox.Faults.Add(Sandbox.SandboxEndpoint.Replenish, Sandbox.Faults.FaultKind.ServerError);
        await device.ReplenishAsync("slot1", 3);
        (_, string page) = await user.GetAsync("/Devices");

        LwaGrant grant = await kit.DbAsync(d => d.LwaGrants.SingleAsync());
        SecretProtector secrets = kit.Cloud.Services.GetRequiredService<SecretProtector>();
        string refresh = secrets.Unprotect(SecretKind.RefreshToken, grant.ProtectedRefreshToken);
        string access = secrets.Unprotect(SecretKind.AccessToken, grant.ProtectedAccessToken);
        string keyHex = Convert.ToHexStringLower(made.Key);
        string logs = kit.Log.All;

        Assert.StartsWith("Atzr|", refresh);
        Assert.StartsWith("Atza|", access);
        Assert.DoesNotContain("Atz", grant.ProtectedRefreshToken + grant.ProtectedAccessToken);
        Assert.True(kit.Log.Lines.Count > 5, "the log captured too little to mean anything: " + logs);
        foreach (string secret in new[] { refresh, access, keyHex, made.ClaimCode, ClaimCode.Normalize(made.ClaimCode), code, kit.Settings.Lwa.ClientSecret })
        {
            Assert.DoesNotContain(secret, logs);
            Assert.DoesNotContain(secret, page);
        }
    }
}
