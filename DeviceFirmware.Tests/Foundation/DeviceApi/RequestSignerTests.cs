using System;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.DeviceApi
{
    /// <summary>
    /// The canonical request and signature of docs/device-api.md. Expected values computed independently with
    /// Python's hmac and hashlib: key 00..1f, timestamp 1700000000, nonce of the bytes 00..0f.
    /// </summary>
    [TestClass]
    public class RequestSignerTests
    {
        private const string Nonce = "AAECAwQFBgcICQoLDA0ODw";

        [TestMethod]
        public static void CanonicalRequestIsFiveLinesWithoutATrailingLineFeed()
        {
            Assert.AreEqual(
                "POST\n/api/device/v1/replenish\n1700000000\n" + Nonce + "\n23dd80f7d8d3bbba56a1cd199c13c707f710730b820a33c6488ab127f3fe2ec5",
                RequestSigner.CanonicalRequest("POST", "/api/device/v1/replenish", "1700000000", Nonce, Hex.Ascii("{\"slot\":\"slot1\",\"episode\":17}")));
        }

        [TestMethod]
        public static void SignatureIsLowercaseHexHmacOfTheCanonicalRequest()
        {
            RequestSigner signer = new RequestSigner(DeviceKey.Parse(Hex.Ascii(FakeDeviceKeyFile.TestKeyHex)), ScriptedRandomSource.Counting(0));
            Assert.AreEqual(
                "a51abbd6af5dc8bad44284ff489be29d4b70fe6c4760b7800640c5cc4fd991ba",
                signer.Sign("POST", "/api/device/v1/replenish", "1700000000", Nonce, Hex.Ascii("{\"slot\":\"slot1\",\"episode\":17}")));
            Assert.AreEqual(
                "eefd8788fabb8e0f8772ef9f8207dc3dc4cda81f45dedcd124d33ad9cd1a7e9d",
                signer.Sign("POST", "/maker/api/device/v1/status", "1700000000", Nonce, new byte[0]));
        }

        [TestMethod]
        public static void NonceIsSixteenRandomBytesInBase64Url()
        {
            RequestSigner signer = new RequestSigner(DeviceKey.Parse(Hex.Ascii(FakeDeviceKeyFile.TestKeyHex)), ScriptedRandomSource.Counting(0));
            Assert.AreEqual(Nonce, signer.NewNonce());
            Assert.AreNotEqual(Nonce, signer.NewNonce());
        }

        [TestMethod]
        public static void TimestampIsUnixSeconds()
        {
            Assert.AreEqual("1700000000", RequestSigner.Timestamp(new DateTime(2023, 11, 14, 22, 13, 20)));
            Assert.AreEqual("0", RequestSigner.Timestamp(new DateTime(1970, 1, 1)));
        }

        [TestMethod]
        public static void PathPrefixIsThePathOfTheBaseUrl()
        {
            Assert.AreEqual(string.Empty, RequestSigner.PathPrefixOf("https://cloud.example.com"));
            Assert.AreEqual(string.Empty, RequestSigner.PathPrefixOf("http://127.0.0.1:5080"));
            Assert.AreEqual("/maker", RequestSigner.PathPrefixOf("https://example.com/maker"));
        }
    }
}
