using DeviceFirmware.Replenishment;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>The slots' stored phases: round trip, no needless writes, garbage, and power cuts mid-save.</summary>
    [TestClass]
    public class EpisodeStoreTests
    {
        [TestMethod]
        public static void StatesSurviveARestart()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            new EpisodeStore(flash, new RecordingLog()).Save(new SlotEpisode[]
            {
                new SlotEpisode("slot-a", SlotPhase.Ordered, "amzn1.dash.v2.o.E1"),
                new SlotEpisode("slot-b", SlotPhase.OrderPending, null),
                new SlotEpisode("slot-c", SlotPhase.Declined, null),
                new SlotEpisode("slot-d", SlotPhase.Armed, null),
            });
            SlotEpisode[] loaded = new EpisodeStore(flash, new RecordingLog()).Load();
            Assert.AreEqual(4, loaded.Length);
            Assert.AreEqual("slot-a", loaded[0].SlotId);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)loaded[0].Phase);
            Assert.AreEqual("amzn1.dash.v2.o.E1", loaded[0].EventInstanceId);
            Assert.AreEqual((object)SlotPhase.OrderPending, (object)loaded[1].Phase);
            Assert.IsNull(loaded[1].EventInstanceId);
            Assert.AreEqual((object)SlotPhase.Declined, (object)loaded[2].Phase);
            Assert.AreEqual((object)SlotPhase.Armed, (object)loaded[3].Phase);
        }

        [TestMethod]
        public static void SavingTheSameStatesWritesNothing()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            EpisodeStore store = new EpisodeStore(flash, new RecordingLog());
            SlotEpisode[] states = new SlotEpisode[] { new SlotEpisode("slot-a", SlotPhase.Ordered, "E1") };
            Assert.IsTrue(store.Save(states));
            flash.ResetCounters();
            Assert.IsFalse(store.Save(new SlotEpisode[] { new SlotEpisode("slot-a", SlotPhase.Ordered, "E1") }));
            Assert.AreEqual(0, flash.WriteCount);
        }

        [TestMethod]
        public static void NothingOrGarbageLoadsAsNoState()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            Assert.AreEqual(0, new EpisodeStore(flash, new RecordingLog()).Load().Length);
            flash.Write("replenish.a", Hex.Repeat('Z', 40));
            flash.Write("replenish.b", new byte[0]);
            Assert.AreEqual(0, new EpisodeStore(flash, new RecordingLog()).Load().Length);
            Assert.AreEqual(2, flash.WriteCount, "loading never writes");
        }

        [TestMethod]
        public static void AMalformedPayloadIsRefusedByTheCodec()
        {
            EpisodeRecordCodec codec = new EpisodeRecordCodec();
            byte[] good = codec.Encode(new SlotEpisode[] { new SlotEpisode("slot-a", SlotPhase.Ordered, null) });
            Assert.IsTrue(codec.IsValidPayload(good));
            byte[] badPhase = codec.Encode(new SlotEpisode[] { new SlotEpisode("slot-a", SlotPhase.Ordered, null) });
            badPhase[2 + 6 + 2] = (byte)'x';
            Assert.IsFalse(codec.IsValidPayload(badPhase), "an unknown phase word is no phase");
            byte[] cut = new byte[good.Length - 1];
            System.Array.Copy(good, cut, cut.Length);
            Assert.IsFalse(codec.IsValidPayload(cut));
        }

        [TestMethod]
        public static void AnEventIdThatDoesNotFitIsStoredAsNone()
        {
            EpisodeRecordCodec codec = new EpisodeRecordCodec();
            string longId = new string('e', EpisodeRecordCodec.MaxEventIdLength + 1);
            SlotEpisode[] loaded = codec.Decode(codec.Encode(new SlotEpisode[]
            {
                new SlotEpisode("slot-a", SlotPhase.Ordered, longId),
                new SlotEpisode("slot-b", SlotPhase.Ordered, "id\u00e9"),
            }));
            Assert.IsNull(loaded[0].EventInstanceId);
            Assert.IsNull(loaded[1].EventInstanceId);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)loaded[1].Phase);
        }

        [TestMethod]
        public static void APowerCutMidSaveLeavesTheOldStatesOrTheNewOnes()
        {
            SlotEpisode[] old = new SlotEpisode[] { new SlotEpisode("slot-a", SlotPhase.OrderPending, null), new SlotEpisode("slot-b", SlotPhase.Armed, null) };
            SlotEpisode[] fresh = new SlotEpisode[] { new SlotEpisode("slot-a", SlotPhase.Ordered, "amzn1.dash.v2.o.E7"), new SlotEpisode("slot-b", SlotPhase.Armed, null) };
            MemoryFlashStore start = new MemoryFlashStore();
            new EpisodeStore(start, new RecordingLog()).Save(new SlotEpisode[] { new SlotEpisode("slot-a", SlotPhase.Armed, null) });
            new EpisodeStore(start, new RecordingLog()).Save(old);
            int units = RecordFrame.Overhead + new EpisodeRecordCodec().Encode(fresh).Length;
            int sawOld = 0;
            int sawNew = 0;
            int[] shapes = new int[] { 0, 1 };
            for (int s = 0; s < shapes.Length; s++)
            {
                for (int k = 0; k <= units; k++)
                {
                    MemoryFlashStore flash = start.Clone();
                    PowerCutFlashStore cut = new PowerCutFlashStore(flash, shapes[s] == 0 ? TornWriteShape.NewPrefixThenOldBytes : TornWriteShape.NewPrefixOnly);
                    cut.CutPowerAfter(k);
                    try
                    {
                        new EpisodeStore(cut, new RecordingLog()).Save(fresh);
                    }
                    catch (PowerCutException)
                    {
                    }

                    SlotEpisode[] loaded = new EpisodeStore(flash, new RecordingLog()).Load();
                    Assert.AreEqual(2, loaded.Length, "cut after " + k + " units loads two slots");
                    if (loaded[0].Phase == SlotPhase.OrderPending)
                    {
                        sawOld++;
                        Assert.IsNull(loaded[0].EventInstanceId);
                    }
                    else
                    {
                        sawNew++;
                        Assert.AreEqual((object)SlotPhase.Ordered, (object)loaded[0].Phase);
                        Assert.AreEqual("amzn1.dash.v2.o.E7", loaded[0].EventInstanceId);
                    }
                }
            }

            Assert.IsTrue(sawOld > 0 && sawNew > 0, "both outcomes happen");
        }
    }
}
