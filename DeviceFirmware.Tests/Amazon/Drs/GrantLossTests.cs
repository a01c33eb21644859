using System;
using DeviceFirmware.App;
using DeviceFirmware.Auth;
using DeviceFirmware.Drs;
using DeviceFirmware.Net;
using DeviceFirmware.Retry;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Drs
{
    /// <summary>
    /// When the grant is gone and when it is not: LWA's invalid_grant wipes the tokens once and says
    /// so; DRS refusing a freshly refreshed token keeps them; a failure crossing every layer names its
    /// cause once.
    /// </summary>
    [TestClass]
    public class GrantLossTests
    {
        [TestMethod]
        public static void InvalidGrantWipesTheTokensOnceAndNamesLwaAsTheCause()
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport();
            MemoryFlashStore memory = new MemoryFlashStore();
            RecordingFlashStore flash = new RecordingFlashStore(memory);
            RecordingLog log = new RecordingLog();
            TokenVault vault = new TokenVault(flash, log);
            AccessTokenKeeper keeper = new AccessTokenKeeper(new LwaClient(http, log), vault, new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x80, 0x00 })), log);
            DrsClient client = new DrsClient(http, keeper, vault, DrsRig.BaseUrl, log);
            http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken, LwaTestData.RefreshToken, "3600"));
            keeper.CompleteProvisioning(KeeperRig.Start, LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, CodeVerifier.FromText(LwaTestData.Verifier));

            // Two hours later the access token has expired: the refresh is refused, no DRS request is made.
            http.Respond(400, LwaTestData.ErrorBody("invalid_grant", "The refresh token is invalid"));
            DrsException e = DrsRig.Failure(() => client.Replenish(KeeperRig.At(7200), "slot-1"));
            Assert.AreEqual((object)DrsFailure.Deregistered, (object)e.Failure);
            Assert.AreEqual(2, http.RequestCount, "code exchange and refresh only");
            Assert.AreEqual(2, Occurrences(flash.Trace, "erase tokens."), "one wipe: both slots erased once");
            Assert.IsNull(vault.Current);
            Assert.IsTrue(log.Contains("LWA refused the refresh token"), "the log names the real cause");
            Assert.IsFalse(log.Contains("no longer registered"), "no DRS request was made");
            Assert.Contains("LWA refused the refresh token", e.Message);
            LwaTestData.AssertNoSecret(log);
        }

        [TestMethod]
        public static void ForbiddenForAFreshTokenKeepsTheTokensAndHoldsCallsBack()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(403, DrsRig.Message("Forbidden"))
                .Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"))
                .Respond(403, DrsRig.Message("Forbidden"));
            DrsException e = DrsRig.Failure(() => rig.Client.SendDeviceStatus(DrsRig.Now, DrsRig.Now));
            Assert.AreEqual((object)DrsFailure.DeviceRefused, (object)e.Failure);
            Assert.AreEqual(4, rig.Http.RequestCount, "refused then refreshed then refused again");
            Assert.IsNotNull(rig.Auth.Vault.Current, "tokens kept");
            Assert.IsTrue(e.HasNotBefore);
            Assert.IsTrue(e.NotBefore >= DrsRig.Now.AddMinutes(10), "backs off 10 minutes");

            DrsException held = DrsRig.Failure(() => rig.Client.SendDeviceStatus(DrsRig.Now.AddMinutes(5), DrsRig.Now));
            Assert.AreEqual((object)DrsFailure.DeviceRefused, (object)held.Failure);
            Assert.AreEqual(4, rig.Http.RequestCount, "nothing sent before the backoff ends");
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void AFailureThroughEveryLayerNamesItsCauseOnce()
        {
            KeeperRig auth = KeeperRig.Provisioned();
            DrsRig rig = new DrsRig(auth);
            rig.Http.Fail(HttpFailureKind.Timeout, "lwa.example.com did not answer");
            DrsException e = DrsRig.Failure(() => rig.Client.Replenish(KeeperRig.At(4000), "slot-1"));
            Assert.AreEqual((object)DrsFailure.RetryLater, (object)e.Failure);
            string summary = ExceptionSummary.Describe(e);
            Assert.AreEqual(1, Occurrences(e.Message, "did not answer"), "DRS message: " + e.Message);
            Assert.AreEqual(1, Occurrences(summary, "did not answer"), "summary: " + summary);
            Assert.AreEqual(0, Occurrences(e.Message, "no access token ("), "no wrapping: " + e.Message);
            Assert.AreEqual(1, Occurrences(e.Message, "next attempt not before"), "one retry time: " + e.Message);
            for (int i = 0; i < rig.Log.Count; i++)
            {
                Assert.IsTrue(Occurrences(rig.Log[i], "did not answer") <= 1, "log line names its cause once: " + rig.Log[i]);
                Assert.IsTrue(Occurrences(rig.Log[i], "LWA refresh failed") <= 1, "log line: " + rig.Log[i]);
            }
        }

        private static int Occurrences(string text, string part)
        {
            int count = 0;
            int from = 0;
            while (true)
            {
                int at = OrdinalText.IndexOf(text.Substring(from), part);
                if (at < 0)
                {
                    return count;
                }

                count++;
                from += at + part.Length;
            }
        }
    }
}
