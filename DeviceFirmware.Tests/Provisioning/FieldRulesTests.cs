using DeviceFirmware.Provisioning;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Provisioning
{
    [TestClass]
    public class FieldRulesTests
    {
        [TestMethod]
        public static void SsidAcceptsOneToThirtyTwoBytesOfText()
        {
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.WifiSsid, Hex.Ascii("H")));
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.WifiSsid, Hex.Repeat('S', 32)));
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.WifiSsid, new byte[] { 0x43, 0x61, 0x66, 0xC3, 0xA9 }));
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.WifiSsid, new byte[] { 0xF0, 0x9F, 0x8D, 0xB5 }));
        }

        [TestMethod]
        public static void SsidRefusesControlsBadUtf8AndLength()
        {
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.WifiSsid, new byte[0]));
            Assert.AreEqual(ProvisioningErrors.ValueTooLong, FieldRules.Check(CharacteristicIndex.WifiSsid, Hex.Repeat('S', 33)));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.WifiSsid, new byte[] { 0x41, 0x00, 0x42 }));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.WifiSsid, new byte[] { 0x41, 0x0A }));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.WifiSsid, new byte[] { 0xC3 }));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.WifiSsid, new byte[] { 0xC0, 0x80 }));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.WifiSsid, new byte[] { 0xED, 0xA0, 0x80 }));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.WifiSsid, new byte[] { 0xFF }));
        }

        [TestMethod]
        public static void PasswordIsAPassphraseOrAHexKey()
        {
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.WifiPassword, Hex.Ascii("12345678")));
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.WifiPassword, Hex.Ascii("with spaces ~!")));
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.WifiPassword, Hex.Repeat('p', 63)));
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.WifiPassword, Hex.Repeat('a', 64)));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.WifiPassword, Hex.Ascii("1234567")));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.WifiPassword, Hex.Repeat('g', 64)));
            Assert.AreEqual(ProvisioningErrors.ValueTooLong, FieldRules.Check(CharacteristicIndex.WifiPassword, Hex.Repeat('a', 65)));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.WifiPassword, new byte[] { 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0xC3, 0xA9 }));
        }

        [TestMethod]
        public static void CodeIsVisibleAsciiUpToItsLimit()
        {
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.AuthorizationCode, Hex.Ascii("ANdNAVhyhqirUelHGEHA")));
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.AuthorizationCode, Hex.Repeat('c', 512)));
            Assert.AreEqual(ProvisioningErrors.ValueTooLong, FieldRules.Check(CharacteristicIndex.AuthorizationCode, Hex.Repeat('c', 513)));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.AuthorizationCode, new byte[] { 0x41, 0x09 }));
        }

        [TestMethod]
        public static void RedirectUriIsAbsoluteWithoutFragment()
        {
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.RedirectUri, Hex.Ascii("https://app.example.com/lwa")));
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.RedirectUri, Hex.Ascii("amzn-com.example.drsapp://?methodName=signin")));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.RedirectUri, Hex.Ascii("/relative")));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.RedirectUri, Hex.Ascii("https://x/#frag")));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.RedirectUri, Hex.Ascii("https://x/ y")));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.RedirectUri, Hex.Ascii("1ab://x")));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.RedirectUri, Hex.Ascii("https:")));
        }

        [TestMethod]
        public static void ClientIdIsVisibleAsciiWithoutBlanks()
        {
            Assert.AreEqual(ProvisioningErrors.None, FieldRules.Check(CharacteristicIndex.ClientId, Hex.Ascii("amzn1.application-oa2-client.0123456789abcdef0123456789abcdef")));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, FieldRules.Check(CharacteristicIndex.ClientId, Hex.Ascii("amzn1 client")));
            Assert.AreEqual(ProvisioningErrors.ValueTooLong, FieldRules.Check(CharacteristicIndex.ClientId, Hex.Repeat('i', 129)));
        }
    }
}
