using System;
using DeviceFirmware.Config;
using DeviceFirmware.Drs;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>
    /// HTTP requests per low episode, counted on the scripted transport that answers LWA and DRS
    /// (every request must be scripted, so an extra one fails the test): from the first low reading
    /// until the slot has stayed low well after its order. The level stays within 5 points of the
    /// last slot status report, so only the ordering is counted. Targets: 1 with a fresh access
    /// token (replenish), 2 with an expired one (refresh + replenish).
    /// </summary>
    [TestClass]
    public class RequestsPerEpisodeTests
    {
        private const string SubscribedV2 = "{\"slotsSubscriptionStatus\":{\"slot-a\":{\"subscribed\":true,\"productInfoList\":[]}}}";

        [TestMethod]
        public static void WithAFreshTokenAnEpisodeCostsOneRequest()
        {
            KeeperRig auth = KeeperRig.Provisioned();
            ReplenishmentPolicy policy = Policy(auth, 60);
            int requests = Episode(auth, policy, 60, false);
            OutputHelper.WriteLine("HTTP requests per low episode, fresh access token: " + requests);
            Assert.AreEqual(1, requests);
            Assert.StartsWith("https://drs.example.com/replenish/slot-a", auth.Http.LastRequest.Url);
        }

        [TestMethod]
        public static void WithAnExpiredTokenAnEpisodeCostsTwoRequests()
        {
            KeeperRig auth = KeeperRig.Provisioned();
            ReplenishmentPolicy policy = Policy(auth, 1800);
            int requests = Episode(auth, policy, 1800, true);
            OutputHelper.WriteLine("HTTP requests per low episode, expired access token: " + requests);
            Assert.AreEqual(2, requests);
            Assert.AreEqual(LwaTestData.TokenUrl, auth.Http.RequestAt(auth.Http.RequestCount - 2).Url, "refresh first");
            Assert.AreEqual("Bearer " + LwaTestData.AccessToken2, auth.Http.LastRequest.GetHeader("Authorization"), "then replenish with the new token");
        }

        [TestMethod]
        public static void WithATokenDrsRejectsAnEpisodeCostsThreeRequests()
        {
            KeeperRig auth = KeeperRig.Provisioned();
            ReplenishmentPolicy policy = Policy(auth, 60);
            Boot(auth, policy, KeeperRig.At(60));
            int before = auth.Http.RequestCount;
            auth.Http.Respond(400, "{\"message\":\"Invalid token\"}")
                .Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"))
                .Respond(200, "{\"eventInstanceId\":\"E1\",\"detailCode\":\"STANDARD_ORDER_PLACED\"}");
            LowReadings(auth, policy, KeeperRig.At(60), 60, 8);
            OutputHelper.WriteLine("HTTP requests per low episode, access token revoked early: " + (auth.Http.RequestCount - before));
            Assert.AreEqual(3, auth.Http.RequestCount - before);
            Assert.AreEqual(0, auth.Http.Pending);
        }

        [TestMethod]
        public static void StartUpCostsThreeRequests()
        {
            KeeperRig auth = KeeperRig.Provisioned();
            ReplenishmentPolicy policy = Policy(auth, 60);
            int before = auth.Http.RequestCount;
            Boot(auth, policy, KeeperRig.At(60));
            Assert.AreEqual(3, auth.Http.RequestCount - before, "subscription info, device status, slot status");
        }

        // Boots, then feeds low readings; returns the requests from the first low reading on.
        private static int Episode(KeeperRig auth, ReplenishmentPolicy policy, int sampleSeconds, bool expectRefresh)
        {
            DateTime start = KeeperRig.At(60);
            Boot(auth, policy, start);
            int before = auth.Http.RequestCount;
            if (expectRefresh)
            {
                auth.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"));
            }

            auth.Http.Respond(200, "{\"eventInstanceId\":\"E1\",\"detailCode\":\"STANDARD_ORDER_PLACED\"}");
            LowReadings(auth, policy, start, sampleSeconds, 8);
            Assert.AreEqual(0, auth.Http.Pending, "every scripted answer was used");
            Assert.AreEqual((object)SlotPhase.Ordered, (object)policy.SlotAt(0).Phase);
            return auth.Http.RequestCount - before;
        }

        // The start-up calls at 22 %: subscription info, device status, slot status.
        private static void Boot(KeeperRig auth, ReplenishmentPolicy policy, DateTime start)
        {
            auth.Http.Respond(200, SubscribedV2).Respond(200, string.Empty).Respond(200, string.Empty);
            Sensor.Set(0, PolicyRig.Raw(22));
            policy.Tick(start);
        }

        // Readings of 19, 18, 18, ... (within 5 points of the 22 % reported), one per period after start.
        private static void LowReadings(KeeperRig auth, ReplenishmentPolicy policy, DateTime start, int sampleSeconds, int count)
        {
            for (int i = 1; i <= count; i++)
            {
                Sensor.Set(0, PolicyRig.Raw(i == 1 ? 19 : 18));
                policy.Tick(start + TimeSpan.FromTicks(i * sampleSeconds * TimeSpan.TicksPerSecond));
            }
        }

        private static ScriptedSupplySensor Sensor { get; set; }

        private static ReplenishmentPolicy Policy(KeeperRig auth, int sampleSeconds)
        {
            Sensor = new ScriptedSupplySensor();
            DrsClient client = new DrsClient(auth.Http, auth.Keeper, auth.Vault, "https://drs.example.com", auth.Log);
            SupplySlotSettings slot = new SupplySlotSettings("coffee", "slot-a", 0, PolicyRig.RawEmpty, PolicyRig.RawFull, 20, 60, 3, sampleSeconds, 500, "g");
            return new ReplenishmentPolicy(new SupplySlotSettings[] { slot }, Sensor, client, new EpisodeStore(auth.Memory, auth.Log), new ScriptedRandomSource(new byte[] { 0x80, 0x00 }), auth.Log);
        }
    }
}
