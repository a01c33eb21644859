using DeviceFirmware.Auth;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Auth
{
    [TestClass]
    public class TokenFingerprintTests
    {
        [TestMethod]
        public static void IsShortStableAndDistinct()
        {
            string a = TokenFingerprint.Of(LwaTestData.AccessToken);
            Assert.AreEqual(8, a.Length);
            Assert.AreEqual(a, TokenFingerprint.Of(LwaTestData.AccessToken));
            Assert.AreNotEqual(a, TokenFingerprint.Of(LwaTestData.AccessToken2));
            Assert.DoesNotContains("Atza", a);
        }

        [TestMethod]
        public static void NamesMissingValues()
        {
            Assert.AreEqual("none", TokenFingerprint.Of(null));
            Assert.AreEqual("empty", TokenFingerprint.Of(string.Empty));
        }
    }
}
