using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Auth
{
    [TestClass]
    public class AccessTokenKeeperTests
    {
        [TestMethod]
        public static void ProvisioningStoresTheGrantAndKeepsTheAccessTokenInRam()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            TokenRecord stored = rig.Vault.Current;
            Assert.AreEqual(LwaTestData.RefreshToken, stored.RefreshToken);
            Assert.AreEqual(LwaTestData.ClientId, stored.ClientId);
            Assert.AreEqual(LwaTestData.TokenUrl, stored.TokenEndpoint);
            Assert.IsTrue(rig.Memory.WriteCount > 0, "grant not written to flash");

            TokenLease lease = rig.Keeper.BeginCall(KeeperRig.At(60));
            Assert.AreEqual(LwaTestData.AccessToken, lease.AccessToken);
            Assert.AreEqual(1, rig.Http.RequestCount);
            Assert.AreEqual("grant_type=authorization_code&code=SECRETCODE-ab%7Ccd&redirect_uri=https%3A%2F%2Fapp.example.com%2Flwa%2Fcallback&client_id=amzn1.application-oa2-client.0123456789abcdef&code_verifier=SECRETVERIFIER%7E0123456789abcdefghijklmnopqrstu", rig.Http.RequestAt(0).Body);
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void RefreshesOnlyWithinTheSafetyMarginOfExpiry()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            Assert.AreEqual(LwaTestData.AccessToken, rig.Keeper.BeginCall(KeeperRig.At(3299)).AccessToken);
            Assert.AreEqual(1, rig.Http.RequestCount);

            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"));
            Assert.AreEqual(LwaTestData.AccessToken2, rig.Keeper.BeginCall(KeeperRig.At(3300)).AccessToken);
            Assert.AreEqual(2, rig.Http.RequestCount);
            Assert.AreEqual("grant_type=refresh_token&refresh_token=Atzr%7CSECRETREFRESH-one&client_id=amzn1.application-oa2-client.0123456789abcdef", rig.Http.LastRequest.Body);
            Assert.AreEqual(LwaTestData.TokenUrl, rig.Http.LastRequest.Url);

            // The new token is used until 5 minutes before its own expiry.
            Assert.AreEqual(LwaTestData.AccessToken2, rig.Keeper.BeginCall(KeeperRig.At(3300 + 3299)).AccessToken);
            Assert.AreEqual(2, rig.Http.RequestCount);
            Assert.AreEqual(AccessTokenKeeper.DefaultSafetyMargin, rig.Keeper.SafetyMargin);
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void NothingHappensBetweenCalls()
        {
            // No timer: a day without DRS calls costs no request; the next call refreshes once.
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"));
            Assert.AreEqual(LwaTestData.AccessToken2, rig.Keeper.BeginCall(KeeperRig.At(86400)).AccessToken);
            Assert.AreEqual(LwaTestData.AccessToken2, rig.Keeper.BeginCall(KeeperRig.At(86401)).AccessToken);
            Assert.AreEqual(2, rig.Http.RequestCount);
        }

        [TestMethod]
        public static void ShortLivedTokensUseHalfTheirLifetimeAsMargin()
        {
            KeeperRig rig = new KeeperRig();
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken, LwaTestData.RefreshToken, "\"120\""));
            rig.Provision(KeeperRig.Start);
            Assert.AreEqual(LwaTestData.AccessToken, rig.Keeper.BeginCall(KeeperRig.At(59)).AccessToken);
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "120"));
            Assert.AreEqual(LwaTestData.AccessToken2, rig.Keeper.BeginCall(KeeperRig.At(60)).AccessToken);
            Assert.AreEqual(2, rig.Http.RequestCount);
        }

        [TestMethod]
        public static void AClockThatWentBackCountsAsExpired()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"));
            Assert.AreEqual(LwaTestData.AccessToken2, rig.Keeper.BeginCall(KeeperRig.At(-3600)).AccessToken);
            Assert.AreEqual(2, rig.Http.RequestCount);
        }

        [TestMethod]
        public static void ARotatedRefreshTokenIsStoredBeforeUse()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Memory.ResetCounters();
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, LwaTestData.RotatedRefreshToken, "3600"));
            Assert.AreEqual(LwaTestData.AccessToken2, rig.Keeper.BeginCall(KeeperRig.At(3500)).AccessToken);
            Assert.IsTrue(rig.Memory.WriteCount > 0, "rotated token not written");
            Assert.AreEqual(LwaTestData.RotatedRefreshToken, rig.Vault.Current.RefreshToken);
            Assert.AreEqual(LwaTestData.ClientId, rig.Vault.Current.ClientId);

            // After a reboot the rotated token is the one on flash, and the next refresh sends it.
            TokenVault rebooted = new TokenVault(rig.Memory, new RecordingLog());
            Assert.AreEqual(LwaTestData.RotatedRefreshToken, rebooted.Load().RefreshToken);
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken3, null, "3600"));
            rig.Keeper.BeginCall(KeeperRig.At(3500 + 3400));
            Assert.Contains("refresh_token=Atzr%7CSECRETREFRESH-two&", rig.Http.LastRequest.Body);
            Assert.IsTrue(rig.Log.Contains("rotated, saved"), "rotation not logged");
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void AnUnchangedOrAbsentRefreshTokenWritesNothing()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Memory.ResetCounters();
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, LwaTestData.RefreshToken, "3600"));
            Assert.AreEqual(LwaTestData.AccessToken2, rig.Keeper.BeginCall(KeeperRig.At(3500)).AccessToken);
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken3, null, "3600"));
            Assert.AreEqual(LwaTestData.AccessToken3, rig.Keeper.BeginCall(KeeperRig.At(7000)).AccessToken);
            Assert.AreEqual(0, rig.Memory.WriteCount);
            Assert.AreEqual(0, rig.Memory.BytesWritten);
            Assert.AreEqual(LwaTestData.RefreshToken, rig.Vault.Current.RefreshToken);
        }

        [TestMethod]
        public static void AFailedWriteOfARotatedTokenMeansTheNewAccessTokenIsNotUsed()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Flash.FailWrites = true;
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, LwaTestData.RotatedRefreshToken, "3600"));
            DateTime now = KeeperRig.At(3500);
            TokenUnavailableException e = rig.FailureOfBeginCall(now);
            Assert.IsNotNull(e);
            Assert.AreEqual((object)TokenProblem.StorageFailed, (object)e.Problem);
            Assert.IsTrue(e.NotBefore > now, "no retry time");
            Assert.IsTrue(rig.Flash.Refused > 0, "no write was attempted");
            Assert.AreNotEqual(LwaTestData.AccessToken2, rig.Vault.AccessToken);
            Assert.AreEqual(LwaTestData.RefreshToken, rig.Vault.Current.RefreshToken);
            Assert.Contains("new access token discarded", e.Message);
            LwaTestData.AssertNoSecret(e);

            // Before the retry time: no request at all.
            Assert.AreEqual((object)TokenProblem.RetryLater, (object)rig.FailureOfBeginCall(now).Problem);
            Assert.AreEqual(2, rig.Http.RequestCount);

            // Flash back: the next refresh stores the rotated token and hands out its access token.
            rig.Flash.FailWrites = false;
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken3, LwaTestData.RotatedRefreshToken, "3600"));
            Assert.AreEqual(LwaTestData.AccessToken3, rig.Keeper.BeginCall(e.NotBefore).AccessToken);
            Assert.AreEqual(LwaTestData.RotatedRefreshToken, rig.Vault.Current.RefreshToken);
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void InvalidTokenRefreshesOnceAndTheSecondIsReported()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            DateTime now = KeeperRig.At(600);
            TokenLease lease = rig.Keeper.BeginCall(now);
            Assert.AreEqual(LwaTestData.AccessToken, lease.AccessToken);
            Assert.IsFalse(lease.Renewed);

            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"));
            Assert.AreEqual(LwaTestData.AccessToken2, lease.OnInvalidToken(now));
            Assert.AreEqual(LwaTestData.AccessToken2, lease.AccessToken);
            Assert.IsTrue(lease.Renewed);
            Assert.AreEqual(2, rig.Http.RequestCount);

            TokenUnavailableException second = null;
            try
            {
                lease.OnInvalidToken(now);
            }
            catch (TokenUnavailableException e)
            {
                second = e;
            }

            Assert.IsNotNull(second);
            Assert.AreEqual((object)TokenProblem.Rejected, (object)second.Problem);
            Assert.AreEqual(2, rig.Http.RequestCount);

            // The next call starts afresh with the new token and no request.
            TokenLease next = rig.Keeper.BeginCall(now);
            Assert.AreEqual(LwaTestData.AccessToken2, next.AccessToken);
            Assert.AreEqual(2, rig.Http.RequestCount);
            Assert.DoesNotContains(LwaTestData.SecretMarker, next.ToString());
            LwaTestData.AssertNoSecret(second);
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void InvalidTokenAfterAnotherCallRefreshedUsesItsToken()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            DateTime now = KeeperRig.At(600);
            TokenLease first = rig.Keeper.BeginCall(now);
            TokenLease second = rig.Keeper.BeginCall(now);
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"));
            Assert.AreEqual(LwaTestData.AccessToken2, second.OnInvalidToken(now));
            Assert.AreEqual(LwaTestData.AccessToken2, first.OnInvalidToken(now));
            Assert.AreEqual(2, rig.Http.RequestCount);
        }

        [TestMethod]
        public static void InvalidGrantWipesTheVaultAndMeansBackToProvisioning()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Http.Respond(400, LwaTestData.ErrorBody("invalid_grant", "The refresh token is invalid"));
            TokenUnavailableException e = rig.FailureOfBeginCall(KeeperRig.At(3500));
            Assert.AreEqual((object)TokenProblem.NeedsProvisioning, (object)e.Problem);
            Assert.IsTrue(e.BackToProvisioning);
            Assert.AreEqual(DateTime.MaxValue, e.NotBefore);
            Assert.IsNull(rig.Vault.Current);
            Assert.IsNull(new TokenVault(rig.Memory, new RecordingLog()).Load());
            Assert.IsNull(rig.Vault.AccessToken);

            // Nothing left to refresh with: no more requests.
            Assert.AreEqual((object)TokenProblem.NeedsProvisioning, (object)rig.FailureOfBeginCall(KeeperRig.At(99999)).Problem);
            Assert.AreEqual(2, rig.Http.RequestCount);
            LwaTestData.AssertNoSecret(e);
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void InvalidGrantWithAFailedWipeStillStopsRefreshing()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Flash.FailWrites = true;
            rig.Http.Respond(400, LwaTestData.ErrorBody("invalid_grant", "revoked"));
            Assert.AreEqual((object)TokenProblem.NeedsProvisioning, (object)rig.FailureOfBeginCall(KeeperRig.At(3500)).Problem);
            Assert.IsTrue(rig.Log.Contains("could not be wiped"), "wipe failure not reported");
            Assert.AreEqual((object)TokenProblem.NeedsProvisioning, (object)rig.FailureOfBeginCall(KeeperRig.At(99999)).Problem);
            Assert.AreEqual(2, rig.Http.RequestCount);

            // Provisioning again clears it.
            rig.Flash.FailWrites = false;
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken3, LwaTestData.RotatedRefreshToken, "3600"));
            rig.Provision(KeeperRig.At(100000));
            Assert.AreEqual(LwaTestData.AccessToken3, rig.Keeper.BeginCall(KeeperRig.At(100001)).AccessToken);
        }

        [TestMethod]
        public static void MisconfigurationStopsRefreshingWithoutALoop()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Http.Respond(401, LwaTestData.ErrorBody("invalid_client", "Client authentication failed"));
            TokenUnavailableException e = rig.FailureOfBeginCall(KeeperRig.At(3500));
            Assert.AreEqual((object)TokenProblem.Misconfigured, (object)e.Problem);
            Assert.AreEqual(DateTime.MaxValue, e.NotBefore);
            Assert.Contains("invalid_client", e.Message);
            for (int hour = 1; hour < 48; hour++)
            {
                Assert.AreEqual((object)TokenProblem.Misconfigured, (object)rig.FailureOfBeginCall(KeeperRig.At(3500 + (hour * 3600))).Problem);
            }

            Assert.AreEqual(2, rig.Http.RequestCount);
            Assert.IsNotNull(rig.Vault.Current);

            // A new provisioning clears the stop.
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken3, LwaTestData.RefreshToken, "3600"));
            rig.Provision(KeeperRig.At(200000));
            Assert.AreEqual(LwaTestData.AccessToken3, rig.Keeper.BeginCall(KeeperRig.At(200001)).AccessToken);
        }

        [TestMethod]
        public static void FirmwareBugStopsRefreshingWithoutALoop()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Http.Respond(400, LwaTestData.ErrorBody("unsupported_grant_type", "x"));
            Assert.AreEqual((object)TokenProblem.FirmwareBug, (object)rig.FailureOfBeginCall(KeeperRig.At(3500)).Problem);
            Assert.AreEqual((object)TokenProblem.FirmwareBug, (object)rig.FailureOfBeginCall(KeeperRig.At(9000)).Problem);
            Assert.AreEqual(2, rig.Http.RequestCount);
        }

        [TestMethod]
        public static void TransientFailuresBackOffWithoutTouchingTheNetwork()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Http.Respond(503, string.Empty)
                .Fail(DeviceFirmware.Net.HttpFailureKind.Timeout, "api.amazon.com: timed out after 30 s")
                .Respond(500, "<html>oops</html>")
                .Respond(200, "{\"access_token\":\"Atza|SECRETACCESS\"}")
                .Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"));
            DateTime now = KeeperRig.At(3500);
            int[] nominalSeconds = new int[] { 1, 2, 4, 10 };
            for (int i = 0; i < nominalSeconds.Length; i++)
            {
                TokenUnavailableException e = rig.FailureOfBeginCall(now);
                Assert.AreEqual((object)TokenProblem.RetryLater, (object)e.Problem);
                Assert.AreEqual(now + TimeSpan.FromTicks(nominalSeconds[i] * TimeSpan.TicksPerSecond), e.NotBefore);
                Assert.AreEqual(i + 2, rig.Http.RequestCount);
                LwaTestData.AssertNoSecret(e);

                // Asking again before the time fails at once, without a request.
                TokenUnavailableException early = rig.FailureOfBeginCall(e.NotBefore - TimeSpan.FromTicks(1));
                Assert.AreEqual((object)TokenProblem.RetryLater, (object)early.Problem);
                Assert.AreEqual(e.NotBefore, early.NotBefore);
                Assert.AreEqual(i + 2, rig.Http.RequestCount);
                now = e.NotBefore;
            }

            Assert.AreEqual(LwaTestData.AccessToken2, rig.Keeper.BeginCall(now).AccessToken);
            Assert.AreEqual(6, rig.Http.RequestCount);
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void SuccessResetsTheBackoff()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Http.Respond(503, string.Empty).Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600")).Respond(503, string.Empty);
            TokenUnavailableException first = rig.FailureOfBeginCall(KeeperRig.At(3500));
            rig.Keeper.BeginCall(first.NotBefore);
            DateTime later = first.NotBefore + TimeSpan.FromTicks(3500 * TimeSpan.TicksPerSecond);
            Assert.AreEqual(later + TimeSpan.FromTicks(TimeSpan.TicksPerSecond), rig.FailureOfBeginCall(later).NotBefore);
        }

        [TestMethod]
        public static void WithoutAGrantThereIsNoRequest()
        {
            KeeperRig rig = new KeeperRig();
            TokenUnavailableException e = rig.FailureOfBeginCall(KeeperRig.Start);
            Assert.AreEqual((object)TokenProblem.NeedsProvisioning, (object)e.Problem);
            Assert.AreEqual(0, rig.Http.RequestCount);
        }

        [TestMethod]
        public static void ARefusedCodeMeansLogInAgainAndKeepsTheVault()
        {
            KeeperRig rig = KeeperRig.Provisioned();
            rig.Memory.ResetCounters();
            rig.Http.Respond(400, LwaTestData.ErrorBody("invalid_grant", "Authorization code expired"));
            TokenUnavailableException e = ProvisionFailure(rig);
            Assert.AreEqual((object)TokenProblem.NeedsProvisioning, (object)e.Problem);
            Assert.Contains("log in again", e.Message);
            Assert.AreEqual(0, rig.Memory.EraseCount);
            Assert.AreEqual(LwaTestData.RefreshToken, rig.Vault.Current.RefreshToken);
            LwaTestData.AssertNoSecret(e);
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void ExchangeFailuresMapToProblems()
        {
            KeeperRig misconfigured = new KeeperRig();
            misconfigured.Http.Respond(400, LwaTestData.ErrorBody("unauthorized_client", "x"));
            Assert.AreEqual((object)TokenProblem.Misconfigured, (object)ProvisionFailure(misconfigured).Problem);

            KeeperRig bug = new KeeperRig();
            bug.Http.Respond(400, LwaTestData.ErrorBody("invalid_request", "code_verifier missing"));
            Assert.AreEqual((object)TokenProblem.FirmwareBug, (object)ProvisionFailure(bug).Problem);

            KeeperRig down = new KeeperRig();
            down.Http.Fail(DeviceFirmware.Net.HttpFailureKind.ConnectionFailed, "api.amazon.com: connection refused");
            TokenUnavailableException retry = ProvisionFailure(down);
            Assert.AreEqual((object)TokenProblem.RetryLater, (object)retry.Problem);
            Assert.AreEqual(KeeperRig.Start + TimeSpan.FromTicks(TimeSpan.TicksPerSecond), retry.NotBefore);
            Assert.IsNull(down.Vault.Current);
        }

        [TestMethod]
        public static void AnExchangeThatCannotBeSavedIsNotUsed()
        {
            KeeperRig rig = new KeeperRig();
            rig.Flash.FailWrites = true;
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken, LwaTestData.RefreshToken, "3600"));
            TokenUnavailableException e = ProvisionFailure(rig);
            Assert.AreEqual((object)TokenProblem.StorageFailed, (object)e.Problem);
            Assert.IsNull(rig.Vault.AccessToken);
            rig.Flash.FailWrites = false;
            Assert.IsNull(rig.Vault.Current);
            Assert.AreEqual((object)TokenProblem.NeedsProvisioning, (object)rig.FailureOfBeginCall(KeeperRig.At(1)).Problem);
            LwaTestData.AssertNoSecret(e);
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void UnstorableInputsAreRefusedBeforeTheCodeIsSpent()
        {
            KeeperRig rig = new KeeperRig();
            CodeVerifier verifier = CodeVerifier.FromText(LwaTestData.Verifier);
            string longClientId = new string('c', TokenRecord.MaxClientIdLength + 1);
            Assert.ThrowsException(typeof(ArgumentException), () => rig.Keeper.CompleteProvisioning(KeeperRig.Start, LwaTestData.TokenUrl, longClientId, LwaTestData.Code, LwaTestData.RedirectUri, verifier));
            Assert.ThrowsException(typeof(ArgumentException), () => rig.Keeper.CompleteProvisioning(KeeperRig.Start, "http://api.amazon.com/auth/o2/token", LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, verifier));
            Assert.AreEqual(0, rig.Http.RequestCount);
        }

        private static TokenUnavailableException ProvisionFailure(KeeperRig rig)
        {
            try
            {
                rig.Provision(KeeperRig.Start);
            }
            catch (TokenUnavailableException e)
            {
                return e;
            }

            Assert.IsTrue(false, "provisioning did not fail");
            return null;
        }
    }
}
