using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Storage
{
    // The power-cut sweeps are only as good as this fake: pin down what a torn write leaves.
    [TestClass]
    public class PowerCutFlashStoreTests
    {
        [TestMethod]
        public static void UnarmedStorePassesEverythingThrough()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            PowerCutFlashStore store = new PowerCutFlashStore(flash, TornWriteShape.NewPrefixOnly);
            store.Write("s.a", new byte[] { 1, 2, 3 });
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, store.Read("s.a"));
            store.Erase("s.a");
            Assert.IsNull(store.Read("s.a"));
            Assert.IsFalse(store.PowerIsCut);
        }

        [TestMethod]
        public static void TornWriteKeepsTheNewPrefixThenTheOldBytes()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            flash.Write("s.a", new byte[] { 9, 9, 9, 9, 9, 9 });
            PowerCutFlashStore store = new PowerCutFlashStore(flash, TornWriteShape.NewPrefixThenOldBytes);
            store.CutPowerAfter(2);

            Assert.ThrowsException(typeof(PowerCutException), () => store.Write("s.a", new byte[] { 1, 2, 3, 4 }));
            CollectionAssert.AreEqual(new byte[] { 1, 2, 9, 9, 9, 9 }, flash.Read("s.a"));
            Assert.IsTrue(store.PowerIsCut);
        }

        [TestMethod]
        public static void TornWriteOfTheNewPrefixOnlyTruncates()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            flash.Write("s.a", new byte[] { 9, 9, 9, 9, 9, 9 });
            PowerCutFlashStore store = new PowerCutFlashStore(flash, TornWriteShape.NewPrefixOnly);
            store.CutPowerAfter(0);

            Assert.ThrowsException(typeof(PowerCutException), () => store.Write("s.a", new byte[] { 1, 2, 3, 4 }));
            CollectionAssert.AreEqual(new byte[0], flash.Read("s.a"));
        }

        [TestMethod]
        public static void CutAtTheLastByteLandsTheWholeWriteThenStops()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            flash.Write("s.a", new byte[] { 9, 9, 9, 9, 9, 9 });
            PowerCutFlashStore shortOnly = new PowerCutFlashStore(flash, TornWriteShape.NewPrefixOnly);
            shortOnly.CutPowerAfter(4);
            Assert.ThrowsException(typeof(PowerCutException), () => shortOnly.Write("s.a", new byte[] { 1, 2, 3, 4 }));
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3, 4 }, flash.Read("s.a"));

            flash.Write("s.b", new byte[] { 9, 9, 9, 9, 9, 9 });
            PowerCutFlashStore inPlace = new PowerCutFlashStore(flash, TornWriteShape.NewPrefixThenOldBytes);
            inPlace.CutPowerAfter(4);
            Assert.ThrowsException(typeof(PowerCutException), () => inPlace.Write("s.b", new byte[] { 1, 2, 3, 4 }));
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3, 4, 9, 9 }, flash.Read("s.b"));
        }

        [TestMethod]
        public static void BudgetSpansSeveralOperationsAndErasesCountOneUnit()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            PowerCutFlashStore store = new PowerCutFlashStore(flash, TornWriteShape.NewPrefixOnly);
            store.CutPowerAfter(5);
            store.Write("s.a", new byte[] { 1, 2, 3 });
            store.Erase("s.b");
            Assert.ThrowsException(typeof(PowerCutException), () => store.Erase("s.a"));
            Assert.IsNull(flash.Read("s.a"));

            MemoryFlashStore other = new MemoryFlashStore();
            other.Write("s.a", new byte[] { 1 });
            PowerCutFlashStore beforeErase = new PowerCutFlashStore(other, TornWriteShape.NewPrefixOnly);
            beforeErase.CutPowerAfter(0);
            Assert.ThrowsException(typeof(PowerCutException), () => beforeErase.Erase("s.a"));
            CollectionAssert.AreEqual(new byte[] { 1 }, other.Read("s.a"));
        }

        [TestMethod]
        public static void EveryCallAfterTheCutFailsUntilReboot()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            PowerCutFlashStore store = new PowerCutFlashStore(flash, TornWriteShape.NewPrefixOnly);
            store.CutPowerAfter(1);
            Assert.ThrowsException(typeof(PowerCutException), () => store.Write("s.a", new byte[] { 1, 2 }));
            Assert.ThrowsException(typeof(PowerCutException), () => store.Read("s.a"));
            Assert.ThrowsException(typeof(PowerCutException), () => store.Write("s.b", new byte[] { 1 }));
            Assert.ThrowsException(typeof(PowerCutException), () => store.Erase("s.a"));
            CollectionAssert.AreEqual(new byte[] { 1 }, flash.Read("s.a"));
            Assert.IsNull(flash.Read("s.b"));
        }
    }
}
