using System;
using DeviceFirmware.Storage;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Storage
{
    [TestClass]
    public class SlotNameTests
    {
        [TestMethod]
        public static void AcceptsPlainNames()
        {
            Assert.IsTrue(SlotName.IsValid("tokens.a"));
            Assert.IsTrue(SlotName.IsValid("replenish_1-state.b"));
            Assert.IsTrue(SlotName.IsValid("abcdefghijklmnopqrstuvwx"));
        }

        [TestMethod]
        public static void RejectsNamesThatCouldLeaveTheFolderOrBreakAFileSystem()
        {
            Assert.IsFalse(SlotName.IsValid(null));
            Assert.IsFalse(SlotName.IsValid(string.Empty));
            Assert.IsFalse(SlotName.IsValid("abcdefghijklmnopqrstuvwxy"));
            Assert.IsFalse(SlotName.IsValid(".."));
            Assert.IsFalse(SlotName.IsValid(".hidden"));
            Assert.IsFalse(SlotName.IsValid("a/b"));
            Assert.IsFalse(SlotName.IsValid("a\\b"));
            Assert.IsFalse(SlotName.IsValid("I:"));
            Assert.IsFalse(SlotName.IsValid("Tokens.a"));
            Assert.IsFalse(SlotName.IsValid("tokens a"));
        }

        [TestMethod]
        public static void CheckThrowsArgumentException()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => SlotName.Check("../x"));
            SlotName.Check("tokens.b");
        }
    }
}
