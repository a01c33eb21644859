using DeviceFirmware.Auth;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Auth
{
    [TestClass]
    public class LwaTextTests
    {
        [TestMethod]
        public static void ErrorCodesMustLookLikeCodes()
        {
            Assert.AreEqual("invalid_grant", LwaText.CleanErrorCode("invalid_grant"));
            Assert.AreEqual("ServerError", LwaText.CleanErrorCode("ServerError"));
            Assert.IsNull(LwaText.CleanErrorCode(null));
            Assert.IsNull(LwaText.CleanErrorCode(string.Empty));
            Assert.IsNull(LwaText.CleanErrorCode("has space"));
            Assert.IsNull(LwaText.CleanErrorCode("Atzr|token"));
            Assert.IsNull(LwaText.CleanErrorCode(new string('a', 65)));
        }

        [TestMethod]
        public static void LongValuesAreDescribedByLength()
        {
            Assert.AreEqual("'mac'", LwaText.Describe("mac"));
            Assert.AreEqual("'a?b'", LwaText.Describe("a\nb"));
            Assert.AreEqual("a 21-character value", LwaText.Describe(LwaTestData.AccessToken));
            Assert.AreEqual("null", LwaText.Describe(null));
        }

        [TestMethod]
        public static void DescriptionsAreWithheldWhenTheyQuoteASecret()
        {
            string[] secrets = new string[] { null, string.Empty, "SECRETCODE" };
            Assert.AreEqual("fine", LwaText.CleanDescription("fine", secrets));
            Assert.IsNull(LwaText.CleanDescription(string.Empty, secrets));
            Assert.IsNull(LwaText.CleanDescription(null, secrets));
            Assert.Contains("withheld", LwaText.CleanDescription("code SECRETCODE expired", secrets));
            Assert.Contains("withheld", LwaText.CleanDescription("Atzr|x", null));
        }
    }
}
