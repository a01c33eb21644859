using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Retry;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Storage
{
    // The double fault of DualSlotRecordStore's documentation: the newest slot goes corrupt after a save into
    // the other slot was cut, so the vault falls back to the record from two saves ago. With rotating refresh
    // tokens LWA refuses that one (invalid_grant): the keeper must wipe and stop, a reboot must find nothing,
    // and provisioning again must work, with exactly one refused request and no loop.
    [TestClass]
    public class TokenVaultFallbackTests
    {
        private const string Refresh3 = "Atzr|SECRETREFRESH-three";
        private const string Refresh4 = "Atzr|SECRETREFRESH-four";

        [TestMethod]
        public static void FallbackToARefusedOlderTokenEndsInACleanReprovisioning()
        {
            MemoryFlashStore memory = new MemoryFlashStore();
            PowerCutFlashStore flash = new PowerCutFlashStore(memory, TornWriteShape.NewPrefixThenOldBytes);
            ScriptedHttpTransport lwa = new ScriptedHttpTransport();
            RecordingLog log = new RecordingLog();
            TokenVault vault = new TokenVault(flash, log);
            AccessTokenKeeper keeper = NewKeeper(lwa, vault, log);

            // Record 1 in slot a, then two rotations: record 2 in b, record 3 in a.
            lwa.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken, LwaTestData.RefreshToken, "3600"));
            keeper.CompleteProvisioning(KeeperRig.Start, LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, CodeVerifier.FromText(LwaTestData.Verifier));
            lwa.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, LwaTestData.RotatedRefreshToken, "3600"));
            keeper.BeginCall(KeeperRig.At(3500));
            lwa.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken3, Refresh3, "3600"));
            keeper.BeginCall(KeeperRig.At(7100));
            Assert.AreEqual(Refresh3, new TokenVault(memory, new RecordingLog()).Load().RefreshToken);

            // The third rotation's record 4 goes to b: the power fails before any of its bytes lands, so b keeps record 2.
            lwa.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken, Refresh4, "3600"));
            flash.CutPowerAfter(0);
            TokenUnavailableException cut = FailureOf(keeper, KeeperRig.At(10700));
            Assert.IsNotNull(cut, "the cut save was reported");
            Assert.AreEqual((object)TokenProblem.StorageFailed, (object)cut.Problem);

            // Slot a (record 3: the newest) goes corrupt while the power is off.
            DualSlotRecordStore slots = new DualSlotRecordStore(memory, TokenVault.StoreName, new TokenRecordCodec(), new RecordingLog());
            Assert.AreEqual("tokens.a", slots.CurrentSlot);
            Assert.AreEqual(3, (int)slots.CurrentSequence);
            byte[] newest = memory.Read("tokens.a");
            newest[newest.Length / 2] ^= 0x20;
            memory.Write("tokens.a", newest);

            // Boot: the vault falls back to record 2, two saves before the one that was cut.
            vault = new TokenVault(memory, log);
            keeper = NewKeeper(lwa, vault, log);
            Assert.AreEqual(LwaTestData.RotatedRefreshToken, vault.Load().RefreshToken);

            // LWA refuses it (rotation replaced it long ago): wiped, back to provisioning, one request.
            int requestsBefore = lwa.RequestCount;
            lwa.Respond(400, LwaTestData.ErrorBody("invalid_grant", "The refresh token is invalid"));
            TokenUnavailableException refused = FailureOf(keeper, KeeperRig.At(11000));
            Assert.IsNotNull(refused, "the refused token gave a failure");
            Assert.AreEqual((object)TokenProblem.NeedsProvisioning, (object)refused.Problem);
            Assert.IsFalse(memory.Exists("tokens.a"), "corrupt slot a erased");
            Assert.IsFalse(memory.Exists("tokens.b"), "slot b with the refused token erased");

            // No loop: further calls and a reboot find nothing to refresh with and send nothing.
            Assert.AreEqual((object)TokenProblem.NeedsProvisioning, (object)FailureOf(keeper, KeeperRig.At(12000)).Problem);
            vault = new TokenVault(memory, log);
            keeper = NewKeeper(lwa, vault, log);
            Assert.IsNull(vault.Load());
            Assert.AreEqual((object)TokenProblem.NeedsProvisioning, (object)FailureOf(keeper, KeeperRig.At(13000)).Problem);
            Assert.AreEqual(requestsBefore + 1, lwa.RequestCount);

            // Provisioning again starts a fresh store (record 1 in slot a) that refreshes normally.
            lwa.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, LwaTestData.RefreshToken, "3600"));
            keeper.CompleteProvisioning(KeeperRig.At(14000), LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, CodeVerifier.FromText(LwaTestData.Verifier));
            slots = new DualSlotRecordStore(memory, TokenVault.StoreName, new TokenRecordCodec(), new RecordingLog());
            Assert.AreEqual("tokens.a", slots.CurrentSlot);
            Assert.AreEqual(1, (int)slots.CurrentSequence);
            lwa.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken3, LwaTestData.RefreshToken, "3600"));
            Assert.AreEqual(LwaTestData.AccessToken3, keeper.BeginCall(KeeperRig.At(17500)).AccessToken);
            LwaTestData.AssertNoSecret(log);
        }

        private static AccessTokenKeeper NewKeeper(ScriptedHttpTransport lwa, TokenVault vault, RecordingLog log)
        {
            // 0x8000 gives a jitter factor of exactly 1.000 (as KeeperRig).
            BackoffPolicy backoff = new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x80, 0x00 }));
            return new AccessTokenKeeper(new LwaClient(lwa, log), vault, backoff, log);
        }

        private static TokenUnavailableException FailureOf(AccessTokenKeeper keeper, DateTime now)
        {
            try
            {
                keeper.BeginCall(now);
                return null;
            }
            catch (TokenUnavailableException e)
            {
                return e;
            }
        }
    }
}
