using DeviceFirmware.DeviceApi;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.DeviceApi
{
    /// <summary>The device key file: 64 lowercase hex digits and an optional LF; anything else refused without quoting it.</summary>
    [TestClass]
    public class DeviceKeyTests
    {
        private const string Key = FakeDeviceKeyFile.TestKeyHex;

        [TestMethod]
        public static void SixtyFourLowercaseHexDigitsAreAKey()
        {
            DeviceKey key = DeviceKey.Parse(Hex.Ascii(Key));
            Assert.AreEqual("Yw3NKWbE", key.Fingerprint);
            Assert.AreEqual("device key fp Yw3NKWbE", key.ToString());
        }

        [TestMethod]
        public static void OneLineFeedMayFollow()
        {
            Assert.AreEqual("Yw3NKWbE", DeviceKey.Parse(Hex.Ascii(Key + "\n")).Fingerprint);
        }

        [TestMethod]
        public static void TheFileBytesAreWipedAfterReading()
        {
            byte[] file = Hex.Ascii(Key + "\n");
            DeviceKey.Parse(file);
            CollectionAssert.AreEqual(new byte[65], file);
            byte[] bad = Hex.Ascii("xyz");
            Assert.ThrowsException(typeof(DeviceKeyException), () => DeviceKey.Parse(bad));
            CollectionAssert.AreEqual(new byte[3], bad);
        }

        [TestMethod]
        public static void MalformedFilesAreRefusedWithoutQuotingThem()
        {
            string[] bad = new string[]
            {
                string.Empty,
                Key.Substring(0, 63),
                Key + "0",
                Key + "\r\n",
                Key + "\n\n",
                "0001020304050607" + "08090A0B0C0D0E0F" + Key.Substring(32),
                " " + Key.Substring(1),
                Key.Substring(0, 62) + "g1",
            };
            for (int i = 0; i < bad.Length; i++)
            {
                string message = null;
                try
                {
                    DeviceKey.Parse(Hex.Ascii(bad[i]));
                }
                catch (DeviceKeyException e)
                {
                    message = e.Message;
                }

                Assert.IsNotNull(message, "case " + i + " refused");
                Assert.DoesNotContains("0a0b", message);
                Assert.DoesNotContains("0A0B", message);
                Assert.DoesNotContains("1e1f", message);
            }
        }

        [TestMethod]
        public static void TheLoaderLogsOneLineForAMissingFile()
        {
            RecordingLog log = new RecordingLog();
            Assert.IsNull(DeviceKeyLoader.Load(new FakeDeviceKeyFile(null), log));
            Assert.AreEqual(1, log.Count);
            Assert.Contains("device key not found at I:\\device.key", log[0]);
            Assert.Contains("flash.ps1 -DeviceKey", log[0]);
        }

        [TestMethod]
        public static void TheLoaderLogsOneLineForABadFileWithoutItsContent()
        {
            RecordingLog log = new RecordingLog();
            string bad = Key.ToUpper();
            Assert.IsNull(DeviceKeyLoader.Load(new FakeDeviceKeyFile(bad), log));
            Assert.AreEqual(1, log.Count);
            Assert.Contains("unusable", log[0]);
            Assert.DoesNotContains("0A0B", log[0]);
        }

        [TestMethod]
        public static void TheLoaderLogsAnUnreadableFile()
        {
            RecordingLog log = new RecordingLog();
            Assert.IsNull(DeviceKeyLoader.Load(new FakeDeviceKeyFile(Key, true), log));
            Assert.Contains("cannot read the device key", log[0]);
        }

        [TestMethod]
        public static void TheLoaderNamesAGoodKeyByItsFingerprintOnly()
        {
            RecordingLog log = new RecordingLog();
            FakeDeviceKeyFile file = new FakeDeviceKeyFile(Key + "\n");
            Assert.IsNotNull(DeviceKeyLoader.Load(file, log));
            Assert.Contains("device key fp Yw3NKWbE loaded", log[0]);
            Assert.DoesNotContains("0a0b", log[0]);
            CollectionAssert.AreEqual(new byte[65], file.LastRead);
        }
    }
}
