using System;
using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    [TestClass]
    public class ConfigSyntaxErrorTests
    {
        [TestMethod]
        public static void DuplicateKeyNamesBothLines()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = A\n\nmodel = B\n", 4, "device.model", "duplicate key: already set at line 2");
        }

        [TestMethod]
        public static void SameKeyInTwoSectionsIsNotADuplicate()
        {
            ConfigDocument document = ConfigDocument.Parse("[a]\nx = 1\n[b]\nx = 2\n");
            Assert.AreEqual("1", document.Find("a", "x").Value);
            Assert.AreEqual("2", document.Find("b", "x").Value);
        }

        [TestMethod]
        public static void DuplicateSectionNamesBothLines()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = A\n[pkce]\n[device]\nserial = mac\n", 4, null, "duplicate section [device]: already opened at line 1");
        }

        [TestMethod]
        public static void LineWithoutEqualsIsAnError()
        {
            ConfigErrorAssert.Fails("[device]\nmodel ABC123\n", 2, null, "line has no '=': expected key = value or a [section] header");
        }

        [TestMethod]
        public static void EmptyValueIsAnError()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = M\nserial =\n", 3, "device.serial", "empty value");
            ConfigErrorAssert.Fails("[device]\nmodel = \t \n", 2, "device.model", "empty value");
        }

        [TestMethod]
        public static void KeyBeforeAnySectionIsAnError()
        {
            ConfigException error = ConfigErrorAssert.Fails("# comment\nmodel = M\n[device]\n", 2, "model", "key comes before any [section] header");
            Assert.AreEqual("nf.config line 2: key model: key comes before any [section] header", error.Message);
        }

        [TestMethod]
        public static void MissingKeyBeforeEqualsIsAnError()
        {
            ConfigErrorAssert.Fails("[device]\n = M\n", 2, null, "line has no key before '='");
        }

        [TestMethod]
        public static void SectionHeaderMustEndWithBracket()
        {
            ConfigErrorAssert.Fails("[device\nmodel = M\n", 1, null, "section header does not end with ']'");
            ConfigErrorAssert.Fails("[device] # main\nmodel = M\n", 1, null, "comments go on their own line");
        }

        [TestMethod]
        public static void SectionNameMustBeLowerCase()
        {
            ConfigErrorAssert.Fails("[Device]\nmodel = M\n", 1, null, "section name 'Device' has a character outside lower-case a-z 0-9 _ .");
            ConfigErrorAssert.Fails("[]\n", 1, null, "section header [] has no name");
            ConfigErrorAssert.Fails("[dev ice]\n", 1, null, "section name 'dev ice'");
        }

        [TestMethod]
        public static void KeyMustBeLowerCase()
        {
            ConfigErrorAssert.Fails("[device]\nModel = M\n", 2, null, "key 'Model' has a character outside lower-case a-z 0-9 _ .");
            ConfigErrorAssert.Fails("[device]\nmodel name = M\n", 2, null, "key 'model name'");
        }

        [TestMethod]
        public static void ControlCharacterIsAnError()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = A\u0001B\n", 2, null, "control character (code 1) at column 10");
            ConfigErrorAssert.Fails("[device]\rmodel = M\n", 1, null, "control character (code 13) at column 9");
        }

        [TestMethod]
        public static void NullTextIsAnArgumentError()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => FirmwareConfig.Parse(null));
            Assert.ThrowsException(typeof(ArgumentNullException), () => ConfigDocument.Parse(null));
        }
    }
}
