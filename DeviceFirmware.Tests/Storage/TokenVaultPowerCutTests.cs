using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using DeviceFirmware.Tests.Storage.Support;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Storage
{
    // Power-loss sweeps sized for nanoCLR: exhaustive on small records, sampled on the largest one.
    // HostTests/DeviceFirmware.HostTests/Storage runs the exhaustive sweep on full-size records.
    [TestClass]
    public class TokenVaultPowerCutTests
    {
        [TestMethod]
        public static void SaveOverOldTokenAtEveryCutPointOfASmallRecord()
        {
            SweepResult total = new SweepResult();
            TokenRecord older = SampleTokens.Small(30, 1);
            TokenRecord old = SampleTokens.Small(20, 2);
            TokenRecord fresh = SampleTokens.Small(24, 3);
            TokenRecord later = SampleTokens.Small(16, 4);
            int[] cuts = CutPoints.Every(TokenRecordCodec.RecordSize(fresh));
            for (int position = 0; position < 2; position++)
            {
                for (int shape = 0; shape < 2; shape++)
                {
                    SweepResult result = PowerCutSweep.SaveOverOld(older, old, fresh, later, position == 0, Shape(shape), cuts);
                    Assert.AreEqual(0, result.Failures, result.FirstFailure);
                    Assert.AreEqual(cuts.Length, result.CutPoints);
                    total.Add(result);
                }
            }

            // Every cut before the last byte loads the old record. A complete write loads the new one,
            // except in place over a longer record: its leftover tail makes the slot too long, so old.
            int units = cuts.Length - 1;
            Assert.AreEqual(0, total.NewBeforeLastUnit);
            Assert.AreEqual((4 * units) + 2, total.LoadedOld);
            Assert.AreEqual(2, total.LoadedNew);
            OutputHelper.WriteLine("small record sweep: " + total.Summary());
        }

        [TestMethod]
        public static void SaveOverOldTokenAtSampledCutPointsOfTheLargestRecord()
        {
            TokenRecord older = SampleTokens.Largest(11);
            TokenRecord old = SampleTokens.Largest(12);
            TokenRecord fresh = SampleTokens.Largest(13);
            TokenRecord later = SampleTokens.Small(16, 14);
            int[] cuts = CutPoints.Sampled(TokenRecordCodec.RecordSize(fresh));
            for (int position = 0; position < 2; position++)
            {
                for (int shape = 0; shape < 2; shape++)
                {
                    SweepResult result = PowerCutSweep.SaveOverOld(older, old, fresh, later, position == 0, Shape(shape), cuts);
                    Assert.AreEqual(0, result.Failures, result.FirstFailure);
                    Assert.AreEqual(0, result.NewBeforeLastUnit);
                }
            }
        }

        [TestMethod]
        public static void ShorterNewRecordOverALongerOldSlotContent()
        {
            // The slot being overwritten holds a longer record, so a torn in-place write leaves old bytes behind.
            TokenRecord older = SampleTokens.Small(60, 21);
            TokenRecord old = SampleTokens.Small(40, 22);
            TokenRecord fresh = SampleTokens.Small(10, 23);
            TokenRecord later = SampleTokens.Small(50, 24);
            int[] cuts = CutPoints.Every(TokenRecordCodec.RecordSize(fresh));
            for (int position = 0; position < 2; position++)
            {
                SweepResult result = PowerCutSweep.SaveOverOld(older, old, fresh, later, position == 0, TornWriteShape.NewPrefixThenOldBytes, cuts);
                Assert.AreEqual(0, result.Failures, result.FirstFailure);
            }
        }

        [TestMethod]
        public static void SaveOverASlotHoldingATornNewerRecord()
        {
            // The overwritten slot holds half of a record numbered above the current one: an earlier torn write.
            TokenRecord old = SampleTokens.Small(20, 51);
            TokenRecord fresh = SampleTokens.Small(22, 52);
            int[] cuts = CutPoints.Every(TokenRecordCodec.RecordSize(fresh));
            for (int position = 0; position < 2; position++)
            {
                for (int shape = 0; shape < 2; shape++)
                {
                    SweepResult result = PowerCutSweep.SaveOverOld(null, old, fresh, SampleTokens.Small(18, 53), position == 0, Shape(shape), cuts);
                    Assert.AreEqual(0, result.Failures, result.FirstFailure);
                    Assert.AreEqual(0, result.NewBeforeLastUnit);
                }
            }
        }

        [TestMethod]
        public static void FirstSaveLoadsTheNewRecordOrNothing()
        {
            TokenRecord fresh = SampleTokens.Small(20, 31);
            int[] cuts = CutPoints.Every(TokenRecordCodec.RecordSize(fresh));
            for (int shape = 0; shape < 2; shape++)
            {
                SweepResult result = PowerCutSweep.FirstSave(fresh, SampleTokens.Small(12, 32), Shape(shape), cuts);
                Assert.AreEqual(0, result.Failures, result.FirstFailure);
                Assert.AreEqual(cuts.Length - 1, result.LoadedNothing);
                Assert.AreEqual(1, result.LoadedNew);
            }
        }

        [TestMethod]
        public static void WipeCutAnywhereNeverBringsBackAnOlderToken()
        {
            for (int position = 0; position < 2; position++)
            {
                for (int shape = 0; shape < 2; shape++)
                {
                    SweepResult result = PowerCutSweep.Wipe(SampleTokens.Small(30, 41), SampleTokens.Small(20, 42), SampleTokens.Small(16, 43), position == 0, Shape(shape));
                    Assert.AreEqual(0, result.Failures, result.FirstFailure);
                    Assert.AreEqual(3, result.CutPoints);

                    // Cut before either erase or between them: the current token; after both or uncut: none.
                    Assert.AreEqual(2, result.LoadedOld);
                    Assert.AreEqual(2, result.LoadedNothing);
                }
            }
        }

        private static TornWriteShape Shape(int index)
        {
            return index == 0 ? TornWriteShape.NewPrefixThenOldBytes : TornWriteShape.NewPrefixOnly;
        }
    }
}
