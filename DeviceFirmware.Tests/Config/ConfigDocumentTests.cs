using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    [TestClass]
    public class ConfigDocumentTests
    {
        [TestMethod]
        public static void EntriesKeepLineSectionKeyAndValueInFileOrder()
        {
            ConfigDocument document = ConfigDocument.Parse("# c\n[device]\nmodel = ABC\n\n[pkce]\nmethod = S256\n");
            Assert.AreEqual(2, document.SectionCount);
            Assert.AreEqual("device", document.SectionAt(0).Name);
            Assert.AreEqual(2, document.SectionAt(0).LineNumber);
            Assert.AreEqual(5, document.SectionAt(1).LineNumber);
            Assert.AreEqual(2, document.EntryCount);
            ConfigEntry method = document.EntryAt(1);
            Assert.AreEqual(6, method.LineNumber);
            Assert.AreEqual("pkce", method.Section);
            Assert.AreEqual("method", method.Key);
            Assert.AreEqual("S256", method.Value);
            Assert.AreEqual("pkce.method", method.QualifiedKey);
        }

        [TestMethod]
        public static void ValueMayContainHashSemicolonAndEquals()
        {
            ConfigDocument document = ConfigDocument.Parse("[a]\nb = x # y ; z = w\n");
            Assert.AreEqual("x # y ; z = w", document.Find("a", "b").Value);
        }

        [TestMethod]
        public static void BlanksAroundKeyValueAndSectionNameAreTrimmed()
        {
            ConfigDocument document = ConfigDocument.Parse(" \t[ a ]\t\n\t b \t=\t c d \t\n");
            Assert.AreEqual("a", document.SectionAt(0).Name);
            Assert.AreEqual("c d", document.Find("a", "b").Value);
        }

        [TestMethod]
        public static void RepeatableSectionNamesParse()
        {
            // The line parser takes [slot.<name>] sections like any other; the schema's families check them.
            ConfigDocument document = ConfigDocument.Parse("[slot.coffee]\nslot_id = 1\n[slot.tea]\nslot_id = 2\n");
            Assert.AreEqual(2, document.SectionCount);
            Assert.AreEqual("slot.tea", document.SectionAt(1).Name);
            Assert.AreEqual("2", document.Find("slot.tea", "slot_id").Value);
            ConfigErrorAssert.Fails("[device]\nmodel = M\n[slot.coffee]\nslot_id = 1\n", 0, "slot.coffee.sensor_channel", "required key is missing: add sensor_channel = ... under [slot.coffee]");
        }

        [TestMethod]
        public static void LinesAfterACharacterOutsideTheBmpAreFound()
        {
            // nanoCLR's string.IndexOf gives up at a character outside the BMP; the parser must not.
            ConfigDocument document = ConfigDocument.Parse("[a]\n# \ud83d\ude00 smile\nb = \ud83d\ude00 x = y\nc = 1\n");
            Assert.AreEqual(2, document.EntryCount);
            Assert.AreEqual("\ud83d\ude00 x = y", document.Find("a", "b").Value);
            Assert.AreEqual(3, document.Find("a", "b").LineNumber);
            Assert.AreEqual("1", document.Find("a", "c").Value);
            Assert.AreEqual(4, document.Find("a", "c").LineNumber);
        }

        [TestMethod]
        public static void FindReturnsNullForAnAbsentKey()
        {
            ConfigDocument document = ConfigDocument.Parse("[a]\nb = 1\n");
            Assert.IsNull(document.Find("a", "c"));
            Assert.IsNull(document.Find("b", "b"));
        }

        [TestMethod]
        public static void EmptyAndCommentOnlyTextsHaveNoEntries()
        {
            Assert.AreEqual(0, ConfigDocument.Parse(string.Empty).EntryCount);
            Assert.AreEqual(0, ConfigDocument.Parse("\uFEFF").EntryCount);
            ConfigDocument comments = ConfigDocument.Parse("# a\r\n; b\r\n\r\n");
            Assert.AreEqual(0, comments.EntryCount);
            Assert.AreEqual(0, comments.SectionCount);
        }

        [TestMethod]
        public static void CrlfLineNumbersMatchLf()
        {
            ConfigDocument document = ConfigDocument.Parse("\uFEFF[a]\r\n\r\nb = 1\r\n");
            Assert.AreEqual(1, document.SectionAt(0).LineNumber);
            Assert.AreEqual(3, document.EntryAt(0).LineNumber);
            Assert.AreEqual("1", document.EntryAt(0).Value);
        }

        [TestMethod]
        public static void SchemaChecksAnyDeclaredKeys()
        {
            ConfigKey slotId = ConfigKey.Integer("slot.coffee", "slot_id", 1, 8, ConfigKey.Required);
            ConfigKey name = ConfigKey.Identifier("slot.coffee", "name", 16, "coffee");
            ConfigValues values = ConfigValues.Read(ConfigDocument.Parse("[slot.coffee]\nslot_id = 3\n"), new ConfigKey[] { slotId, name });
            Assert.AreEqual(3, values.GetInteger(slotId));
            Assert.AreEqual(2, values.LineNumberOf(slotId));
            Assert.AreEqual("coffee", values.GetText(name));
            Assert.AreEqual(0, values.LineNumberOf(name));
            Assert.ThrowsException(typeof(ConfigException), () => ConfigValues.Read(ConfigDocument.Parse("[slot.coffee]\nslot_id = 9\n"), new ConfigKey[] { slotId, name }));
        }
    }
}
