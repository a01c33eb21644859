using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    [TestClass]
    public class FirmwareConfigErrorTests
    {
        private const string Model = "[device]\nmodel = M\n";

        [TestMethod]
        public static void UnknownSectionIsAnError()
        {
            ConfigException error = ConfigErrorAssert.Fails(Model + "[wifi]\nssid = home\n", 3, null, "unknown section [wifi]");
            Assert.Contains("[device] [lwa] [drs] [pkce]", error.Message);
        }

        [TestMethod]
        public static void UnknownKeyIsAnErrorNotIgnored()
        {
            ConfigException error = ConfigErrorAssert.Fails(Model + "colour = red\n", 3, "device.colour", "unknown key");
            Assert.Contains("[device] has model serial", error.Message);
        }

        [TestMethod]
        public static void KeyOfAnotherSectionIsUnknown()
        {
            ConfigErrorAssert.Fails(Model + "[lwa]\nbase_url = https://x.example\n", 4, "lwa.base_url", "unknown key: [lwa] has token_url");
        }

        [TestMethod]
        public static void MissingModelIsAnErrorWithoutALine()
        {
            ConfigErrorAssert.Fails("[device]\nserial = mac\n", 0, "device.model", "required key is missing");
            ConfigException error = ConfigErrorAssert.Fails(string.Empty, 0, "device.model", "add model = ... under [device]");
            Assert.AreEqual("nf.config: key device.model: required key is missing: add model = ... under [device]", error.Message);
        }

        [TestMethod]
        public static void VerifierLengthOutOfRangeNamesLineKeyAndRange()
        {
            ConfigException error = ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = 200\n", 4, "pkce.verifier_length", "200 is outside 43..128");
            Assert.AreEqual("nf.config line 4: key pkce.verifier_length: 200 is outside 43..128", error.Message);
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = 42\n", 4, "pkce.verifier_length", "42 is outside 43..128");
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = 129\n", 4, "pkce.verifier_length", "129 is outside 43..128");
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = 0\n", 4, "pkce.verifier_length", "0 is outside 43..128");
        }

        [TestMethod]
        public static void HugeNumberIsOutOfRangeNotOverflowed()
        {
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = 4294967339\n", 4, "pkce.verifier_length", "4294967339 is outside 43..128");
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = 99999999999999999999\n", 4, "pkce.verifier_length", "is outside 43..128");
        }

        [TestMethod]
        public static void VerifierLengthMustBeDecimalDigits()
        {
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = 4x\n", 4, "pkce.verifier_length", "'4x' is not a whole number");
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = -43\n", 4, "pkce.verifier_length", "not a whole number");
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = +43\n", 4, "pkce.verifier_length", "not a whole number");
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = 43.0\n", 4, "pkce.verifier_length", "not a whole number");
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = 4 3\n", 4, "pkce.verifier_length", "'4 3' is not a whole number");
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = 0x2B\n", 4, "pkce.verifier_length", "not a whole number");
        }

        [TestMethod]
        public static void PkceMethodIsExactCase()
        {
            ConfigErrorAssert.Fails(Model + "[pkce]\nmethod = s256\n", 4, "pkce.method", "'s256' is not one of S256 | plain (exact case)");
            ConfigErrorAssert.Fails(Model + "[pkce]\nmethod = Plain\n", 4, "pkce.method", "'Plain' is not one of");
        }

        [TestMethod]
        public static void ModelWithBadCharacterNamesThePosition()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = ABC 123\n", 2, "device.model", "'ABC 123' has a character outside A-Z a-z 0-9 - + _ at position 4");
            ConfigErrorAssert.Fails("[device]\nmodel = ABC/1\n", 2, "device.model", "at position 4");
            ConfigErrorAssert.Fails("[device]\nmodel = ABC,1\n", 2, "device.model", "at position 4");
            ConfigErrorAssert.Fails("[device]\nmodel = Caf\u00e9\n", 2, "device.model", "at position 4");
        }

        [TestMethod]
        public static void HashInAValueIsPartOfTheValue()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = ABC # comment\n", 2, "device.model", "'ABC # comment' has a character outside");
        }

        [TestMethod]
        public static void ModelLongerThan64IsRejectedByLength()
        {
            string tooLong = new string('A', 65);
            ConfigException error = ConfigErrorAssert.Fails("[device]\nmodel = " + tooLong + "\n", 2, "device.model", "value is 65 characters long: at most 64 allowed");
            Assert.DoesNotContains(tooLong, error.Message);
        }

        [TestMethod]
        public static void LongBadValueIsDescribedByItsLengthNotQuoted()
        {
            string longValue = new string('x', 65);
            ConfigException error = ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = " + longValue + "\n", 4, "pkce.verifier_length", "a 65-character value is not a whole number");
            Assert.DoesNotContains(longValue, error.Message);
            string shortValue = new string('x', 64);
            ConfigErrorAssert.Fails(Model + "[pkce]\nverifier_length = " + shortValue + "\n", 4, "pkce.verifier_length", "'" + shortValue + "' is not a whole number");
        }

        [TestMethod]
        public static void SerialMacInAnotherCaseIsRejected()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = M\nserial = MAC\n", 3, "device.serial", "'MAC' is not a usable serial: write mac (lower case)");
            ConfigErrorAssert.Fails("[device]\nmodel = M\nserial = Mac\n", 3, "device.serial", "'Mac' is not a usable serial");
        }

        [TestMethod]
        public static void SerialWithBadCharacterIsRejected()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = M\nserial = SN:1\n", 3, "device.serial", "at position 3");
        }

        [TestMethod]
        public static void FirstErrorInFileOrderIsThrown()
        {
            string text = "[device]\nmodel = M\nserial = bad serial\n[pkce]\nverifier_length = 7\n[wifi]\n";
            ConfigErrorAssert.Fails(text, 3, "device.serial", "'bad serial'");
            ConfigErrorAssert.Fails("[wifi]\n[device]\nmodel = bad model\n", 1, null, "unknown section [wifi]");
        }

        [TestMethod]
        public static void SyntaxErrorsComeBeforeMeaningErrors()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = bad model\nno equals sign\n", 3, null, "line has no '='");
        }
    }
}
