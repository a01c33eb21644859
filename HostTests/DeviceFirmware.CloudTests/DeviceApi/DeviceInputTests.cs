using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.CloudTests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DeviceFirmware.CloudTests.DeviceApi;

/// <summary>Bad input to the device API: 400 (or 413) with a clear message, and nothing changed.</summary>
public class DeviceInputTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task MalformedOrOutOfRangeBodies_Are400WithAMessage_AndRecordNothing(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        SignedDevice device = kit.Device(made);
        var cases = new (string Call, string Json, string Expected)[]
        {
            ("levels", "{\"slots\":[{\"slot\":\"slot1\",\"percent\":50}", "not valid JSON"),
            ("levels", "[]", "JSON object"),
            ("levels", "{\"slots\":[]}", "1 to 8"),
            ("levels", "{\"slots\":[{\"slot\":\"slot1\",\"percent\":100.5}]}", "0 to 100"),
            ("levels", "{\"slots\":[{\"slot\":\"slot 1\",\"percent\":10}]}", "slot"),
            ("levels", "{\"slots\":[{\"slot\":\"slot1\",\"percent\":\"10\"}]}", "number"),
            ("levels", "{\"slots\":[{\"slot\":\"slot1\",\"percent\":10},{\"slot\":\"slot1\",\"percent\":20}]}", "twice"),
            ("replenish", "{\"slot\":\"slot1\"}", "episode"),
            ("replenish", "{\"slot\":\"slot1\",\"episode\":0}", "episode"),
            ("replenish", "{\"slot\":\"slot1\",\"episode\":4294967296}", "episode"),
            ("replenish", "{\"slot\":\"slot1\",\"episode\":1.5}", "episode"),
            ("status", "{\"firmware\":\"\"}", "firmware"),
            ("status", "{}", "firmware"),
        };

        foreach (var (call, json, expected) in cases)
        {
            DeviceAnswer answer = await device.PostAsync(call, json);
            Assert.True(answer.Status == 400, call + " " + json + " -> " + answer);
            Assert.Equal("bad_request", answer.Error);
            Assert.Contains(expected, answer.Text("message"));
        }

        Assert.Equal(0, await kit.DbAsync(d => d.SlotLevels.CountAsync()));
        Assert.Equal(0, await kit.DbAsync(d => d.ReplenishEpisodes.CountAsync()));
        Assert.Null((await kit.DbAsync(d => d.Devices.SingleAsync())).FirmwareVersion);
        Assert.Empty(kit.Sandbox.Requests.Snapshot());
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task BadHeaders_WrongContentType_AndOversizedBodies_AreRefused(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        SignedDevice device = kit.Device(made);

        DeviceAnswer shortNonce = await device.PostAsync("status", "{\"firmware\":\"1\"}", nonce: "short");
        DeviceAnswer upperSignature = await device.PostAsync("status", "{\"firmware\":\"1\"}", tamper: r =>
        {
            string signature = r.Headers.GetValues("X-Signature").Single();
            r.Headers.Remove("X-Signature");
            r.Headers.TryAddWithoutValidation("X-Signature", signature.ToUpperInvariant());
        });
        DeviceAnswer noSerial = await device.PostAsync("status", "{\"firmware\":\"1\"}", tamper: r => r.Headers.Remove("X-Device-Serial"));
        DeviceAnswer textPlain = await device.PostAsync("status", "{\"firmware\":\"1\"}", tamper: r => r.Content!.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain"));
        string big = "{\"firmware\":\"1\",\"pad\":\"" + new string('x', 4100) + "\"}";
        DeviceAnswer tooLarge = await device.PostAsync("status", big);

        Assert.Equal(400, shortNonce.Status);
        Assert.Contains("X-Nonce", shortNonce.Text("message"));
        Assert.Equal(400, upperSignature.Status);
        Assert.Contains("X-Signature", upperSignature.Text("message"));
        Assert.Equal(400, noSerial.Status);
        Assert.Equal(400, textPlain.Status);
        Assert.Contains("Content-Type", textPlain.Text("message"));
        Assert.Equal(413, tooLarge.Status);
        Assert.Equal("too_large", tooLarge.Error);
        Assert.Null((await kit.DbAsync(d => d.Devices.SingleAsync())).LastContactAtMs);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Levels_AreRecordedAndUpdatedInPlace(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        SignedDevice device = kit.Device(made);

        DeviceAnswer first = await device.PostAsync("levels", "{\"slots\":[{\"slot\":\"slot1\",\"percent\":80},{\"slot\":\"slot2\",\"percent\":42.5}]}");
        DeviceAnswer second = await device.LevelsAsync("slot1", 12.5);

        Assert.Equal(2, first.Json.GetProperty("accepted").GetInt32());
        Assert.Equal(1, second.Json.GetProperty("accepted").GetInt32());
        var levels = await kit.DbAsync(d => d.SlotLevels.OrderBy(l => l.SlotId).ToListAsync());
        Assert.Equal(2, levels.Count);
        Assert.Equal(12.5, levels[0].Percent);
        Assert.Equal(42.5, levels[1].Percent);
    }
}
