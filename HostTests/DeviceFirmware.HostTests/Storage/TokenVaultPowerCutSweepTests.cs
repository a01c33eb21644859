using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using DeviceFirmware.Tests.Storage.Support;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.HostTests.Storage
{
    /// <summary>
    /// The exhaustive power-loss sweep on full-size token records: every cut point from 0 to the record
    /// size, both slot positions, both torn-write shapes, with the same vault, fakes and sweep the device
    /// tests use on small records. Too many cuts for nanoCLR; seconds here.
    /// </summary>
    public class TokenVaultPowerCutSweepTests
    {
        private static readonly TornWriteShape[] Shapes = { TornWriteShape.NewPrefixThenOldBytes, TornWriteShape.NewPrefixOnly };
        private readonly ITestOutputHelper _output;

        public TokenVaultPowerCutSweepTests(ITestOutputHelper output)
        {
            _output = output;
        }

        // Cases by name only, so no token text reaches the test names in the output.
        private static readonly string[] CaseNames =
        {
            "largest", "typical same length", "new longer than slot", "new shorter than slot", "slot holds a torn newer record",
        };

        public static TheoryData<string> SaveCaseNames => new TheoryData<string>(CaseNames);

        // older (null: the overwritten slot holds half of a record numbered above the old one), old, fresh, later.
        private static TokenRecord[] SaveCase(string name)
        {
            switch (name)
            {
                case "largest":
                    // Every field at its limit: 2582-byte records.
                    return new[] { SampleTokens.Largest(1), SampleTokens.Largest(2), SampleTokens.Largest(3), SampleTokens.Typical(500, 4) };
                case "typical same length":
                    // LWA-sized tokens, rotation to one of the same length.
                    return new[] { SampleTokens.Typical(600, 11), SampleTokens.Typical(500, 12), SampleTokens.Typical(500, 13), SampleTokens.Typical(550, 14) };
                case "new longer than slot":
                    return new[] { SampleTokens.Typical(400, 21), SampleTokens.Typical(500, 22), SampleTokens.Typical(700, 23), SampleTokens.Typical(450, 24) };
                case "new shorter than slot":
                    // A torn in-place write leaves old bytes of a longer record behind the new prefix.
                    return new[] { SampleTokens.Largest(31), SampleTokens.Typical(500, 32), SampleTokens.Typical(350, 33), SampleTokens.Typical(450, 34) };
                case "slot holds a torn newer record":
                    return new[] { null, SampleTokens.Typical(500, 42), SampleTokens.Typical(500, 43), SampleTokens.Typical(500, 44) };
                default:
                    throw new ArgumentException(name);
            }
        }

        [Theory]
        [MemberData(nameof(SaveCaseNames))]
        public void SaveOfANewTokenOverAnOldOne_LoadsExactlyOldOrNew_AtEveryCutPoint(string name)
        {
            TokenRecord[] records = SaveCase(name);
            TokenRecord fresh = records[2];
            int recordSize = TokenRecordCodec.RecordSize(fresh);
            int[] cuts = CutPoints.Every(recordSize);

            // The four sweeps share nothing, so they run side by side.
            var runs = new List<(bool OldInSlotA, TornWriteShape Shape)>();
            foreach (bool oldInSlotA in new[] { true, false })
            {
                foreach (TornWriteShape shape in Shapes)
                {
                    runs.Add((oldInSlotA, shape));
                }
            }

            SweepResult[] results = new SweepResult[runs.Count];
            Parallel.For(0, runs.Count, i => results[i] = PowerCutSweep.SaveOverOld(records[0], records[1], fresh, records[3], runs[i].OldInSlotA, runs[i].Shape, cuts));

            SweepResult total = new SweepResult();
            foreach (SweepResult result in results)
            {
                Assert.True(result.Failures == 0, result.FirstFailure);
                Assert.Equal(recordSize + 1, result.CutPoints);
                Assert.Equal(0, result.NewBeforeLastUnit);
                Assert.Equal(0, result.LoadedNothing);
                total.Add(result);
            }

            Assert.Equal(4 * (recordSize + 1), total.CutPoints);
            _output.WriteLine($"{name}: new record {recordSize} bytes; {total.Summary()}");
        }

        [Fact]
        public void FirstSaveIntoAnEmptyStore_LoadsTheNewTokenOrNothing_AtEveryCutPoint()
        {
            SweepResult total = new SweepResult();
            foreach (TokenRecord fresh in new[] { SampleTokens.Largest(41), SampleTokens.Typical(500, 42) })
            {
                int recordSize = TokenRecordCodec.RecordSize(fresh);
                foreach (TornWriteShape shape in Shapes)
                {
                    SweepResult result = PowerCutSweep.FirstSave(fresh, SampleTokens.Typical(450, 43), shape, CutPoints.Every(recordSize));
                    Assert.True(result.Failures == 0, result.FirstFailure);
                    Assert.Equal(recordSize, result.LoadedNothing);
                    Assert.Equal(1, result.LoadedNew);
                    total.Add(result);
                }
            }

            _output.WriteLine($"first save: {total.Summary()}");
        }

        [Fact]
        public void WipeCutAnywhere_LoadsTheCurrentTokenOrNothing_NeverAnOlderOne()
        {
            SweepResult total = new SweepResult();
            foreach (bool oldInSlotA in new[] { true, false })
            {
                foreach (TornWriteShape shape in Shapes)
                {
                    SweepResult result = PowerCutSweep.Wipe(SampleTokens.Typical(500, 51), SampleTokens.Typical(500, 52), SampleTokens.Typical(500, 53), oldInSlotA, shape);
                    Assert.True(result.Failures == 0, result.FirstFailure);
                    Assert.Equal(2, result.LoadedOld);
                    Assert.Equal(2, result.LoadedNothing);
                    total.Add(result);
                }
            }

            _output.WriteLine($"wipe: {total.Summary()}");
        }

        [Fact]
        public void CutPointTotal_IsReported()
        {
            // The figure reported: every cut position the sweeps above exercise.
            int saves = 0;
            foreach (string name in CaseNames)
            {
                saves += 4 * (TokenRecordCodec.RecordSize(SaveCase(name)[2]) + 1);
            }

            int firstSaves = (2 * (TokenRecordCodec.RecordSize(SampleTokens.Largest(41)) + 1)) + (2 * (TokenRecordCodec.RecordSize(SampleTokens.Typical(500, 42)) + 1));
            int wipes = 4 * 3;
            _output.WriteLine($"power-cut points tested on the host: {saves} (save over an old token) + {firstSaves} (first save) + {wipes} (wipe) = {saves + firstSaves + wipes}");
            Assert.True(saves > 10000);
        }
    }
}
