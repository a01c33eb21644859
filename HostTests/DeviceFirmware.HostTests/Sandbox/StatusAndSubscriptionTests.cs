using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>Slot status and device status bodies (validated, recorded) and subscription info v1 and v2.</summary>
    public class StatusAndSubscriptionTests
    {
        public const string ValidSlotStatus = "{\"expectedReplenishmentDate\":\"2015-12-28T10:00:00Z\",\"remainingQuantityInUnit\":3.5,"
            + "\"originalQuantityInUnit\":10,\"totalQuantityOnHand\":20,\"lastUseDate\":\"2015-12-21T10:00:00.000Z\"}";

        [Fact]
        public async Task SlotStatus_Valid_Is200WithoutBody_AndRecorded()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();

            Answer answer = await kit.DrsAsync(HttpMethod.Post, "/slotStatus/slot1", access, DrsHeaders.SlotStatusIn, DrsHeaders.SlotStatusOut, ValidSlotStatus);

            Assert.Equal(200, answer.Status);
            Assert.Equal(string.Empty, answer.Body);
            Assert.Equal(DrsHeaders.SlotStatusOut, answer.Header("x-amzn-type-version"));
            SandboxSlotState slot = Assert.Single(Assert.Single(kit.Server.Registrations()).Slots);
            Assert.Equal(1, slot.StatusReports);
            Assert.Equal(3.5, slot.LastStatus.RemainingQuantityInUnit);
            Assert.Equal(10, slot.LastStatus.OriginalQuantityInUnit);
            Assert.Equal(20, slot.LastStatus.TotalQuantityOnHand);
            Assert.Equal(new DateTimeOffset(2015, 12, 28, 10, 0, 0, TimeSpan.Zero), slot.LastStatus.ExpectedReplenishmentDate);
            Assert.Equal(new DateTimeOffset(2015, 12, 21, 10, 0, 0, TimeSpan.Zero), slot.LastStatus.LastUseDate);
            Assert.Equal(kit.Clock.UtcNow, slot.LastStatus.ReceivedAt);
        }

        [Theory]
        [InlineData("expectedReplenishmentDate", "\"2015-12-28T10:00:00\"")]
        [InlineData("expectedReplenishmentDate", "\"2015-12-28T10:00:00+01:00\"")]
        [InlineData("expectedReplenishmentDate", "\"2015-12-28 10:00:00Z\"")]
        [InlineData("expectedReplenishmentDate", "\"2015-13-28T10:00:00Z\"")]
        [InlineData("expectedReplenishmentDate", "1451296800")]
        [InlineData("lastUseDate", "null")]
        [InlineData("remainingQuantityInUnit", "\"3.5\"")]
        [InlineData("remainingQuantityInUnit", "-1")]
        [InlineData("originalQuantityInUnit", "true")]
        [InlineData("totalQuantityOnHand", "[20]")]
        public async Task SlotStatus_BadField_Is400NamingIt_AndRecordsNothing(string field, string badJsonValue)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            JsonElement valid = JsonDocument.Parse(ValidSlotStatus).RootElement;
            var body = new System.Text.StringBuilder("{");
            foreach (JsonProperty property in valid.EnumerateObject())
            {
                body.Append(body.Length == 1 ? string.Empty : ",").Append('"').Append(property.Name).Append("\":")
                    .Append(property.Name == field ? badJsonValue : property.Value.GetRawText());
            }

            Answer answer = await kit.DrsAsync(HttpMethod.Post, "/slotStatus/slot1", access, DrsHeaders.SlotStatusIn, DrsHeaders.SlotStatusOut, body.Append('}').ToString());

            Assert.Equal(400, answer.Status);
            Assert.Contains(field, answer.Message);
            Assert.Equal(0, Assert.Single(Assert.Single(kit.Server.Registrations()).Slots).StatusReports);
        }

        [Theory]
        [InlineData("not json")]
        [InlineData("[]")]
        [InlineData("{\"expectedReplenishmentDate\":\"2015-12-28T10:00:00Z\"}")]
        [InlineData("{\"expectedReplenishmentDate\":\"2015-12-28T10:00:00Z\",\"remainingQuantityInUnit\":3.5,\"originalQuantityInUnit\":10,\"totalQuantityOnHand\":20,\"lastUseDate\":\"2015-12-21T10:00:00Z\",\"extra\":1}")]
        public async Task SlotStatus_BadBody_Is400(string body)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();

            Answer answer = await kit.DrsAsync(HttpMethod.Post, "/slotStatus/slot1", access, DrsHeaders.SlotStatusIn, DrsHeaders.SlotStatusOut, body);

            Assert.Equal(400, answer.Status);
        }

        [Fact]
        public async Task SlotStatus_UnknownSlot_Is404_WrongContentType_400()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            var textBody = new HttpRequestMessage(HttpMethod.Post, kit.Server.BaseUrl + "/slotStatus/slot1") { Content = new StringContent(ValidSlotStatus) };
            textBody.Headers.TryAddWithoutValidation("Authorization", "Bearer " + access);
            textBody.Headers.TryAddWithoutValidation("x-amzn-type-version", DrsHeaders.SlotStatusIn);
            textBody.Headers.TryAddWithoutValidation("x-amzn-accept-type", DrsHeaders.SlotStatusOut);

            Answer unknown = await kit.DrsAsync(HttpMethod.Post, "/slotStatus/slot7", access, DrsHeaders.SlotStatusIn, DrsHeaders.SlotStatusOut, ValidSlotStatus);
            HttpResponseMessage text = await kit.Http.SendAsync(textBody);

            Assert.Equal(404, unknown.Status);
            Assert.Equal(400, (int)text.StatusCode);
        }

        [Fact]
        public async Task DeviceStatus_Valid_IsRecorded_Invalid_Is400()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();

            Answer valid = await kit.DeviceStatusAsync(access, "{\"mostRecentlyActiveDate\":\"2015-12-21T10:00:00Z\"}");
            Answer local = await kit.DeviceStatusAsync(access, "{\"mostRecentlyActiveDate\":\"2015-12-21T10:00:00\"}");
            Answer extra = await kit.DeviceStatusAsync(access, "{\"mostRecentlyActiveDate\":\"2015-12-21T10:00:00Z\",\"battery\":3}");
            Answer empty = await kit.DeviceStatusAsync(access, "{}");

            Assert.Equal(200, valid.Status);
            Assert.Equal(DrsHeaders.DeviceStatusOut, valid.Header("x-amzn-type-version"));
            Assert.Equal(400, local.Status);
            Assert.Equal(400, extra.Status);
            Assert.Equal(400, empty.Status);
            SandboxRegistration registration = Assert.Single(kit.Server.Registrations());
            Assert.Equal(1, registration.DeviceStatusReports);
            Assert.Equal(new DateTimeOffset(2015, 12, 21, 10, 0, 0, TimeSpan.Zero), registration.MostRecentlyActiveDate);
        }

        [Fact]
        public async Task SubscriptionInfo_V1_IsAMapOfBooleans()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.Slots.Add(new SandboxSlot("slot2", subscribed: false)));
            (string access, string _) = await kit.ProvisionAsync();

            Answer answer = await kit.SubscriptionInfoAsync(access, DrsHeaders.SubscriptionOutV1);

            Assert.Equal("{\"slotsSubscriptionStatus\":{\"slot1\":true,\"slot2\":false}}", answer.Body);
            Assert.Equal(DrsHeaders.SubscriptionOutV1, answer.Header("x-amzn-type-version"));
        }

        [Fact]
        public async Task SubscriptionInfo_V2_HasProductInfo()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o =>
            {
                o.Slots.Clear();
                o.Slots.Add(new SandboxSlot("Filter", subscribed: true, asin: "B00FILTER1", quantity: 2, unit: "count"));
                o.Slots.Add(new SandboxSlot("Soap", subscribed: false));
            });
            (string access, string _) = await kit.ProvisionAsync();

            Answer answer = await kit.SubscriptionInfoAsync(access, DrsHeaders.SubscriptionOutV2);

            Assert.Equal(
                "{\"slotsSubscriptionStatus\":{\"Filter\":{\"subscribed\":true,\"productInfoList\":[{\"asin\":\"B00FILTER1\",\"quantity\":2,\"unit\":\"count\"}]},"
                + "\"Soap\":{\"subscribed\":false,\"productInfoList\":[]}}}",
                answer.Body);
        }
    }
}
