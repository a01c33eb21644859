using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>What every DRS endpoint checks before anything else: the bearer token, then both x-amzn-* headers, exactly.</summary>
    public class DrsGateTests
    {
        public static IEnumerable<object[]> Endpoints()
        {
            foreach (string name in new[] { "replenish", "slotStatus", "deviceStatus", "subscriptionInfoV2", "subscriptionInfoV1", "deregister", "orderInfo", "cancelSlot", "cancelAll" })
            {
                yield return new object[] { name };
            }
        }

        [Theory]
        [MemberData(nameof(Endpoints))]
        public async Task CorrectHeaders_Succeed(string endpoint)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            Call call = await Call.For(endpoint, kit, access);

            Answer answer = await call.SendAsync(kit, access, call.TypeVersion, call.AcceptType);

            Assert.True(answer.Status == 200, answer.ToString());
        }

        [Theory]
        [MemberData(nameof(Endpoints))]
        public async Task WrongOrMissingTypeVersion_Is400NamingTheHeader(string endpoint)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            Call call = await Call.For(endpoint, kit, access);

            Answer wrongVersion = await call.SendAsync(kit, access, call.TypeVersion.Replace("@1.0", "@9.0").Replace("@2.0", "@1.0"), call.AcceptType);
            Answer wrongCase = await call.SendAsync(kit, access, call.TypeVersion.ToLowerInvariant(), call.AcceptType);
            Answer missing = await call.SendAsync(kit, access, null, call.AcceptType);

            foreach (Answer answer in new[] { wrongVersion, wrongCase, missing })
            {
                Assert.Equal(400, answer.Status);
                Assert.Contains("x-amzn-type-version", answer.Message);
                Assert.Contains(call.TypeVersion, answer.Message);
            }

            if (endpoint == "replenish")
            {
                Assert.Empty(kit.Server.Orders());
            }
        }

        [Theory]
        [MemberData(nameof(Endpoints))]
        public async Task WrongOrMissingAcceptType_Is400NamingTheHeader(string endpoint)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            Call call = await Call.For(endpoint, kit, access);

            Answer swapped = await call.SendAsync(kit, access, call.TypeVersion, call.TypeVersion);
            Answer missing = await call.SendAsync(kit, access, call.TypeVersion, null);

            foreach (Answer answer in new[] { swapped, missing })
            {
                Assert.Equal(400, answer.Status);
                Assert.Contains("x-amzn-accept-type", answer.Message);
            }
        }

        [Theory]
        [MemberData(nameof(Endpoints))]
        public async Task UnknownExpiredOrMissingToken_Is400(string endpoint)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string refresh) = await kit.ProvisionAsync();
            Call call = await Call.For(endpoint, kit, access);

            Answer unknown = await call.SendAsync(kit, "Atza|IwE+/not-a-token", call.TypeVersion, call.AcceptType);
            Answer refreshAsBearer = await call.SendAsync(kit, refresh, call.TypeVersion, call.AcceptType);
            Answer none = await call.SendAsync(kit, null, call.TypeVersion, call.AcceptType);
            kit.Clock.Advance(TimeSpan.FromHours(1));
            Answer expired = await call.SendAsync(kit, access, call.TypeVersion, call.AcceptType);

            Assert.Equal((400, "Invalid token"), (unknown.Status, unknown.Message));
            Assert.Equal((400, "Invalid token"), (refreshAsBearer.Status, refreshAsBearer.Message));
            Assert.Equal((400, "Invalid token"), (expired.Status, expired.Message));
            Assert.Equal(400, none.Status);
            Assert.Contains("Authorization", none.Message);
        }

        [Fact]
        public async Task HeaderNames_AreCaseInsensitive_AsHttpSays()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            var request = new HttpRequestMessage(HttpMethod.Get, kit.Server.BaseUrl + "/subscriptionInfo");
            request.Headers.TryAddWithoutValidation("AUTHORIZATION", "Bearer " + access);
            request.Headers.TryAddWithoutValidation("X-Amzn-Type-Version", DrsHeaders.SubscriptionIn);
            request.Headers.TryAddWithoutValidation("X-AMZN-ACCEPT-TYPE", DrsHeaders.SubscriptionOutV1);

            HttpResponseMessage response = await kit.Http.SendAsync(request);

            Assert.Equal(200, (int)response.StatusCode);
        }

        [Fact]
        public async Task WrongMethod_Is405_UnknownPath_404()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();

            Answer getReplenish = await kit.DrsAsync(HttpMethod.Get, "/replenish/slot1", access, DrsHeaders.ReplenishIn, DrsHeaders.ReplenishOut);
            Answer unknown = await kit.DrsAsync(HttpMethod.Post, "/replenish", access, DrsHeaders.ReplenishIn, DrsHeaders.ReplenishOut);
            Answer trailingSlash = await kit.DrsAsync(HttpMethod.Get, "/subscriptionInfo/", access, DrsHeaders.SubscriptionIn, DrsHeaders.SubscriptionOutV2);

            Assert.Equal(405, getReplenish.Status);
            Assert.Equal("POST", getReplenish.Header("Allow"));
            Assert.Equal(404, unknown.Status);
            Assert.Equal(404, trailingSlash.Status);
            Assert.Empty(kit.Server.Orders());
        }

        /// <summary>One call of the DRS v1 device API (Amazon's endpoint pages, developer.amazon.com/docs/dash/*-endpoint.html), with a body that endpoint accepts.</summary>
        private sealed class Call
        {
            private Call(HttpMethod method, string path, string typeVersion, string acceptType, string body)
            {
                Method = method;
                Path = path;
                TypeVersion = typeVersion;
                AcceptType = acceptType;
                Body = body;
            }

            public HttpMethod Method { get; }

            public string Path { get; }

            public string TypeVersion { get; }

            public string AcceptType { get; }

            public string Body { get; }

            public static async Task<Call> For(string endpoint, SandboxKit kit, string access)
            {
                switch (endpoint)
                {
                    case "replenish":
                        return new Call(HttpMethod.Post, "/replenish/slot1", DrsHeaders.ReplenishIn, DrsHeaders.ReplenishOut, null);
                    case "slotStatus":
                        return new Call(HttpMethod.Post, "/slotStatus/slot1", DrsHeaders.SlotStatusIn, DrsHeaders.SlotStatusOut, StatusAndSubscriptionTests.ValidSlotStatus);
                    case "deviceStatus":
                        return new Call(HttpMethod.Post, "/deviceStatus", DrsHeaders.DeviceStatusIn, DrsHeaders.DeviceStatusOut, "{\"mostRecentlyActiveDate\":\"2015-12-21T10:00:00Z\"}");
                    case "subscriptionInfoV2":
                        return new Call(HttpMethod.Get, "/subscriptionInfo", DrsHeaders.SubscriptionIn, DrsHeaders.SubscriptionOutV2, null);
                    case "subscriptionInfoV1":
                        return new Call(HttpMethod.Get, "/subscriptionInfo", DrsHeaders.SubscriptionIn, DrsHeaders.SubscriptionOutV1, null);
                    case "deregister":
                        return new Call(HttpMethod.Delete, "/registration", DrsHeaders.DeregisterIn, DrsHeaders.DeregisterOut, null);
                    case "orderInfo":
                        string eventId = (await kit.ReplenishAsync(access)).Text("eventInstanceId");
                        return new Call(HttpMethod.Get, "/getOrderInfo/" + eventId, DrsHeaders.OrderInfoIn, DrsHeaders.OrderInfoOut, null);
                    case "cancelSlot":
                        return new Call(HttpMethod.Delete, "/testOrders/slots/slot1", DrsHeaders.CancelIn, DrsHeaders.CancelOut, null);
                    case "cancelAll":
                        return new Call(HttpMethod.Delete, "/testOrders", DrsHeaders.CancelIn, DrsHeaders.CancelOut, null);
                    default:
                        throw new ArgumentException(endpoint);
                }
            }

            public Task<Answer> SendAsync(SandboxKit kit, string access, string typeVersion, string acceptType)
            {
                return kit.DrsAsync(Method, Path, access, typeVersion, acceptType, Body);
            }
        }
    }
}
