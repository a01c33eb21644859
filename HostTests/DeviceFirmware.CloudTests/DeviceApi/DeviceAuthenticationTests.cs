using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.CloudTests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DeviceFirmware.CloudTests.DeviceApi;

/// <summary>The device API's authentication (docs/device-api.md): signature, every 401, replay, timestamp window, rate limit.</summary>
public class DeviceAuthenticationTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task SignedStatus_IsAccepted_RecordsContactAndFirmware_NotRegisteredYet(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];

        DeviceAnswer answer = await kit.Device(made).StatusAsync("1.2.3");

        Assert.True(answer.Status == 200, answer.ToString());
        Assert.False(answer.Json.GetProperty("registered").GetBoolean());
        Device device = await kit.DbAsync(d => d.Devices.SingleAsync());
        Assert.Equal("1.2.3", device.FirmwareVersion);
        Assert.NotNull(device.LastContactAtMs);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task UnknownOrWithdrawnSerial_Is401UnknownDevice(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];

        DeviceAnswer answer = await new SignedDevice(kit.BaseUrl, "SN-9999", made.Key, kit.Time).StatusAsync();
        DeviceAnswer active = await kit.Device(made).StatusAsync();
        await kit.DbAsync(d => d.Devices.ExecuteUpdateAsync(s => s.SetProperty(x => x.Active, false)));
        DeviceAnswer withdrawn = await kit.Device(made).StatusAsync();

        Assert.Equal(401, answer.Status);
        Assert.Equal("unknown_device", answer.Error);
        Assert.Equal(200, active.Status);
        Assert.Equal(401, withdrawn.Status);
        Assert.Equal("unknown_device", withdrawn.Error);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task WrongKey_Is401BadSignature_AndChangesNothing_SoTheSameNonceStillWorks(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        SignedDevice device = kit.Device(made);
        string nonce = SignedDevice.NewNonce();
        byte[] wrongKey = (byte[])made.Key.Clone();
        wrongKey[0] ^= 1;

        DeviceAnswer refused = await device.PostAsync("status", "{\"firmware\":\"1.0.0\"}", nonce: nonce, key: wrongKey);
        Device untouched = await kit.DbAsync(d => d.Devices.SingleAsync());
        DeviceAnswer accepted = await device.PostAsync("status", "{\"firmware\":\"1.0.0\"}", nonce: nonce);

        Assert.Equal(401, refused.Status);
        Assert.Equal("bad_signature", refused.Error);
        Assert.Null(untouched.LastContactAtMs);
        Assert.Null(untouched.FirmwareVersion);
        Assert.Equal(200, accepted.Status);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task BodyChangedAfterSigning_Is401BadSignature(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];

        DeviceAnswer answer = await kit.Device(made).PostAsync("levels", "{\"slots\":[{\"slot\":\"slot1\",\"percent\":50}]}", tamper: request =>
        {
            var content = new ByteArrayContent("{\"slots\":[{\"slot\":\"slot1\",\"percent\":5}]}"u8.ToArray());
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            request.Content = content;
        });

        Assert.Equal(401, answer.Status);
        Assert.Equal("bad_signature", answer.Error);
        Assert.Equal(0, await kit.DbAsync(d => d.SlotLevels.CountAsync()));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Timestamp_OutsideThe300SecondWindow_Is401Stale_InsideIsAccepted(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        SignedDevice device = kit.Device(made);
        long now = kit.Time.GetUtcNow().ToUnixTimeSeconds();

        DeviceAnswer late = await device.PostAsync("status", "{\"firmware\":\"1\"}", timestamp: now - 320);
        DeviceAnswer early = await device.PostAsync("status", "{\"firmware\":\"1\"}", timestamp: now + 320);
        DeviceAnswer inside = await device.PostAsync("status", "{\"firmware\":\"1\"}", timestamp: now - 280);

        Assert.Equal("stale_timestamp", late.Error);
        Assert.Equal(401, late.Status);
        Assert.Equal("stale_timestamp", early.Error);
        Assert.Equal(200, inside.Status);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task ReplayedRequest_Is401ReplayedNonce_EvenOnTheOtherInstance(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        await kit.StartSecondInstanceAsync();
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        string nonce = SignedDevice.NewNonce();
        long ts = kit.Time.GetUtcNow().ToUnixTimeSeconds();

        DeviceAnswer first = await kit.Device(made, 0).PostAsync("status", "{\"firmware\":\"1\"}", nonce: nonce, timestamp: ts);
        DeviceAnswer again = await kit.Device(made, 0).PostAsync("status", "{\"firmware\":\"1\"}", nonce: nonce, timestamp: ts);
        DeviceAnswer elsewhere = await kit.Device(made, 1).PostAsync("status", "{\"firmware\":\"1\"}", nonce: nonce, timestamp: ts);

        Assert.Equal(200, first.Status);
        Assert.Equal("replayed_nonce", again.Error);
        Assert.Equal(401, elsewhere.Status);
        Assert.Equal("replayed_nonce", elsewhere.Error);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task RateLimit_30PerMinutePerDevice_Then429WithRetryAfter_OtherDevicesUnaffected(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        IReadOnlyList<MadeDevice> made = await kit.AddDevicesAsync(true, "SN-0001", "SN-0002");

        // Half a minute into a clock minute, so all 31 requests fall in one window.
        long ms = kit.Time.GetUtcNow().ToUnixTimeMilliseconds();
        kit.Time.Advance(TimeSpan.FromMilliseconds(90_000 - (ms % 60_000)));
        SignedDevice busy = kit.Device(made[0]);
        var answers = new List<DeviceAnswer>();
        for (int i = 0; i < 31; i++)
        {
            answers.Add(await busy.StatusAsync());
        }

        DeviceAnswer other = await kit.Device(made[1]).StatusAsync();
        kit.Time.Advance(TimeSpan.FromSeconds(60));
        DeviceAnswer nextMinute = await busy.StatusAsync();

        Assert.All(answers.Take(30), a => Assert.Equal(200, a.Status));
        Assert.Equal(429, answers[30].Status);
        Assert.Equal("rate_limited", answers[30].Error);
        Assert.InRange(double.Parse(answers[30].RetryAfter!, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(200, other.Status);
        Assert.Equal(200, nextMinute.Status);
    }
}
