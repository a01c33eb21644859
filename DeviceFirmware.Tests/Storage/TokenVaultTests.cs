using System;
using System.IO;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using DeviceFirmware.Tests.Storage.Support;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Storage
{
    [TestClass]
    public class TokenVaultTests
    {
        private static readonly DateTime Expiry = new DateTime(2025, 3, 1, 12, 0, 0);

        [TestMethod]
        public static void FreshDeviceHasNoToken()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenVault vault = new TokenVault(flash, new RecordingLog());
            Assert.IsNull(vault.Load());
            Assert.IsNull(vault.Current);
            Assert.IsNull(vault.AccessToken);
            Assert.AreEqual(DateTime.MinValue, vault.AccessTokenExpiresUtc);
            Assert.AreEqual(0, flash.WriteCount);
        }

        [TestMethod]
        public static void StoredRecordSurvivesARebootButTheAccessTokenDoesNot()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenRecord record = SampleTokens.Typical(500, 1);
            TokenVault vault = new TokenVault(flash, new RecordingLog());
            Assert.IsTrue(vault.Store(record, SampleTokens.Access(700, 2), Expiry));
            Assert.AreEqual(SampleTokens.Access(700, 2), vault.AccessToken);
            Assert.AreEqual(Expiry, vault.AccessTokenExpiresUtc);

            TokenVault rebooted = new TokenVault(flash, new RecordingLog());
            Assert.IsTrue(record.SameAs(rebooted.Load()));
            Assert.IsTrue(record.SameAs(rebooted.Current));
            Assert.IsNull(rebooted.AccessToken);
        }

        [TestMethod]
        public static void CurrentLoadsOnFirstUse()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenRecord record = SampleTokens.Typical(500, 1);
            new TokenVault(flash, new RecordingLog()).Save(record);
            Assert.IsTrue(record.SameAs(new TokenVault(flash, new RecordingLog()).Current));
        }

        [TestMethod]
        public static void RefreshWithoutRotationWritesZeroBytes()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenRecord record = SampleTokens.Typical(500, 1);
            TokenVault vault = new TokenVault(flash, new RecordingLog());
            vault.Store(record, SampleTokens.Access(700, 2), Expiry);
            flash.ResetCounters();

            // A refresh response without a new refresh token: new access token and expiry only.
            bool written = vault.Store(record, SampleTokens.Access(700, 3), Expiry.AddHours(1));
            Assert.IsFalse(written);
            Assert.AreEqual(0, flash.BytesWritten);
            Assert.AreEqual(0, flash.WriteCount);
            Assert.AreEqual(0, flash.EraseCount);
            Assert.AreEqual(SampleTokens.Access(700, 3), vault.AccessToken);
            Assert.AreEqual(Expiry.AddHours(1), vault.AccessTokenExpiresUtc);

            // The same after a reboot, and for a response that repeats the same refresh token.
            TokenVault rebooted = new TokenVault(flash, new RecordingLog());
            rebooted.Load();
            Assert.IsFalse(rebooted.Store(SampleTokens.Typical(500, 1), SampleTokens.Access(700, 4), Expiry));
            Assert.AreEqual(0, flash.BytesWritten);
        }

        [TestMethod]
        public static void RotatedRefreshTokenWritesExactlyOneRecord()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenRecord record = SampleTokens.Typical(500, 1);
            TokenVault vault = new TokenVault(flash, new RecordingLog());
            vault.Store(record, SampleTokens.Access(700, 2), Expiry);
            flash.ResetCounters();

            TokenRecord rotated = record.WithRefreshToken(SampleTokens.Refresh(500, 9));
            Assert.IsTrue(vault.Store(rotated, SampleTokens.Access(700, 3), Expiry));
            Assert.AreEqual(1, flash.WriteCount);
            Assert.AreEqual(0, flash.EraseCount);
            Assert.AreEqual(TokenRecordCodec.RecordSize(rotated), flash.BytesWritten);
            Assert.AreEqual(619, flash.BytesWritten);
            Assert.IsTrue(rotated.SameAs(new TokenVault(flash, new RecordingLog()).Load()));
            OutputHelper.WriteLine("rotating refresh with a 500-character refresh token writes " + flash.BytesWritten + " bytes");
        }

        [TestMethod]
        public static void AccessTokenNeverReachesFlash()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenVault vault = new TokenVault(flash, new RecordingLog());
            string access = SampleTokens.Access(900, 5);
            vault.Store(SampleTokens.Typical(500, 1), access, Expiry);
            vault.Store(SampleTokens.Typical(500, 6), access, Expiry);

            string slots = Text(flash.Read("tokens.a")) + Text(flash.Read("tokens.b"));
            Assert.DoesNotContains(access.Substring(5, 40), slots);
            Assert.DoesNotContains("Atza|", slots);
        }

        [TestMethod]
        public static void UnfitAccessTokenIsRefusedAndChangesNothing()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenVault vault = new TokenVault(flash, new RecordingLog());
            TokenRecord record = SampleTokens.Typical(500, 1);
            vault.Store(record, "Atza|good", Expiry);
            flash.ResetCounters();
            TokenRecord rotated = record.WithRefreshToken("Atzr|rotated");
            string tooLong = SampleTokens.Access(2049, 7);

            Assert.ThrowsException(typeof(ArgumentException), () => vault.Store(rotated, tooLong, Expiry));
            Assert.ThrowsException(typeof(ArgumentException), () => vault.Store(rotated, "Atza|x\r\n", Expiry));
            Assert.ThrowsException(typeof(ArgumentNullException), () => vault.Store(rotated, null, Expiry));
            Assert.ThrowsException(typeof(ArgumentNullException), () => vault.Store(null, "Atza|x", Expiry));
            Assert.AreEqual(0, flash.WriteCount);
            Assert.IsTrue(record.SameAs(vault.Current));
            Assert.AreEqual("Atza|good", vault.AccessToken);

            try
            {
                vault.Store(rotated, tooLong, Expiry);
            }
            catch (ArgumentException e)
            {
                Assert.Contains("accessToken is 2049 characters", e.Message);
                Assert.DoesNotContains(tooLong.Substring(5, 20), e.Message);
            }
        }

        [TestMethod]
        public static void AccessTokenOfMaximumLengthIsKept()
        {
            TokenVault vault = new TokenVault(new MemoryFlashStore(), new RecordingLog());
            string access = SampleTokens.Access(TokenVault.MaxAccessTokenLength, 3);
            vault.Store(SampleTokens.Typical(500, 1), access, Expiry);
            Assert.AreEqual(access, vault.AccessToken);
        }

        [TestMethod]
        public static void FailedWriteOfARotatedTokenKeepsTheOldTokensInUse()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenRecord record = SampleTokens.Typical(500, 1);
            new TokenVault(flash, new RecordingLog()).Save(record);
            RecordingFlashStore lossy = new RecordingFlashStore(flash);
            TokenVault vault = new TokenVault(lossy, new RecordingLog());
            vault.Store(record, "Atza|old", Expiry);
            lossy.DropWrites = true;

            Assert.ThrowsException(typeof(IOException), () => vault.Store(record.WithRefreshToken("Atzr|rotated"), "Atza|new", Expiry));
            Assert.IsTrue(record.SameAs(vault.Current));
            Assert.AreEqual("Atza|old", vault.AccessToken);
        }

        [TestMethod]
        public static void SavingADifferentRecordDropsTheAccessToken()
        {
            TokenVault vault = new TokenVault(new MemoryFlashStore(), new RecordingLog());
            TokenRecord record = SampleTokens.Typical(500, 1);
            vault.Store(record, "Atza|a", Expiry);

            Assert.IsFalse(vault.Save(record));
            Assert.AreEqual("Atza|a", vault.AccessToken);
            Assert.IsTrue(vault.Save(new TokenRecord(record.RefreshToken, "amzn1.application-oa2-client.other", record.TokenEndpoint)));
            Assert.IsNull(vault.AccessToken);
        }

        [TestMethod]
        public static void ForgetAccessTokenKeepsTheRecord()
        {
            TokenVault vault = new TokenVault(new MemoryFlashStore(), new RecordingLog());
            TokenRecord record = SampleTokens.Typical(500, 1);
            vault.Store(record, "Atza|a", Expiry);
            vault.ForgetAccessToken();
            Assert.IsNull(vault.AccessToken);
            Assert.AreEqual(DateTime.MinValue, vault.AccessTokenExpiresUtc);
            Assert.IsTrue(record.SameAs(vault.Current));
        }

        [TestMethod]
        public static void WipeClearsBothSlotsAndRam()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenVault vault = new TokenVault(flash, new RecordingLog());
            vault.Store(SampleTokens.Typical(500, 1), "Atza|a", Expiry);
            vault.Store(SampleTokens.Typical(500, 2), "Atza|b", Expiry);

            vault.Wipe();

            Assert.IsNull(vault.Current);
            Assert.IsNull(vault.AccessToken);
            Assert.IsFalse(flash.Exists("tokens.a"));
            Assert.IsFalse(flash.Exists("tokens.b"));
            Assert.IsNull(new TokenVault(flash, new RecordingLog()).Load());
        }

        [TestMethod]
        public static void WipeOfAnUnloadedVaultStillErasesBothSlots()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenVault setup = new TokenVault(flash, new RecordingLog());
            setup.Save(SampleTokens.Typical(500, 1));
            setup.Save(SampleTokens.Typical(500, 2));

            new TokenVault(flash, new RecordingLog()).Wipe();
            Assert.IsFalse(flash.Exists("tokens.a"));
            Assert.IsFalse(flash.Exists("tokens.b"));
        }

        [TestMethod]
        public static void VaultProvisionsAgainAfterAWipe()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenVault vault = new TokenVault(flash, new RecordingLog());
            TokenRecord record = SampleTokens.Typical(500, 1);
            vault.Save(record);
            vault.Wipe();

            Assert.IsTrue(vault.Store(record, "Atza|a", Expiry));
            Assert.IsTrue(record.SameAs(new TokenVault(flash, new RecordingLog()).Load()));
        }

        [TestMethod]
        public static void LogNeverShowsATokenOrTheClientId()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            RecordingLog log = new RecordingLog();
            TokenVault vault = new TokenVault(flash, log);
            TokenRecord first = SampleTokens.Typical(500, 1);
            TokenRecord second = SampleTokens.Typical(500, 2);
            vault.Store(first, SampleTokens.Access(700, 3), Expiry);
            vault.Store(second, SampleTokens.Access(700, 4), Expiry);
            byte[] corrupt = flash.Read("tokens.b");
            corrupt[20] ^= 0x20;
            flash.Write("tokens.b", corrupt);
            TokenVault rebooted = new TokenVault(flash, log);
            rebooted.Load();
            rebooted.Wipe();

            Assert.IsTrue(log.Count >= 5, "expected saves and slot problems in the log");
            Assert.IsTrue(log.Contains("ignoring tokens.b: it fails its CRC check"));
            for (int i = 0; i < log.Count; i++)
            {
                Assert.DoesNotContains("Atzr|", log[i]);
                Assert.DoesNotContains("Atza|", log[i]);
                Assert.DoesNotContains(first.RefreshToken.Substring(100, 16), log[i]);
                Assert.DoesNotContains(second.RefreshToken.Substring(100, 16), log[i]);
                Assert.DoesNotContains("amzn1.application", log[i]);
            }
        }

        private static string Text(byte[] bytes)
        {
            if (bytes == null)
            {
                return string.Empty;
            }

            char[] chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }
    }
}
