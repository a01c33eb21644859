using System;
using DeviceFirmware.App;
using DeviceFirmware.Status;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Status
{
    [TestClass]
    public class LedPatternsTests
    {
        private static readonly FirmwareMode[] Modes = new FirmwareMode[]
        {
            FirmwareMode.Unprovisioned, FirmwareMode.WindowOpen, FirmwareMode.Connecting, FirmwareMode.Operating, FirmwareMode.Error, FirmwareMode.NotRegistered,
        };

        [TestMethod]
        public static void EveryModeHasAPattern()
        {
            Assert.AreEqual("single flash every 2 s", LedPatterns.For(FirmwareMode.Unprovisioned).Name);
            Assert.AreEqual("fast even blink", LedPatterns.For(FirmwareMode.WindowOpen).Name);
            Assert.AreEqual("double flash", LedPatterns.For(FirmwareMode.Connecting).Name);
            Assert.AreEqual("steady on", LedPatterns.For(FirmwareMode.Operating).Name);
            Assert.AreEqual("triple flash", LedPatterns.For(FirmwareMode.Error).Name);
            Assert.AreEqual("slow even blink", LedPatterns.For(FirmwareMode.NotRegistered).Name);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => LedPatterns.For((FirmwareMode)99));
        }

        [TestMethod]
        public static void EveryModeLooksDifferentOverSixSeconds()
        {
            // Sampled every 50 ms (the shortest segment): what a user sees, not how the table is written.
            for (int a = 0; a < Modes.Length; a++)
            {
                for (int b = a + 1; b < Modes.Length; b++)
                {
                    LedPattern first = LedPatterns.For(Modes[a]);
                    LedPattern second = LedPatterns.For(Modes[b]);
                    bool differs = false;
                    for (long t = 0; t < 6000 && !differs; t += LedPattern.MinSegmentMs)
                    {
                        differs = first.IsLitAt(t) != second.IsLitAt(t);
                    }

                    Assert.IsTrue(differs, first.Name + " and " + second.Name + " look the same");
                }
            }
        }

        [TestMethod]
        public static void FlashCountsTellTheBlinkingModesApart()
        {
            Assert.AreEqual(1, LedPatterns.Unprovisioned.FlashesPerPeriod);
            Assert.AreEqual(2000, LedPatterns.Unprovisioned.PeriodMs);
            Assert.AreEqual(1, LedPatterns.WindowOpen.FlashesPerPeriod);
            Assert.AreEqual(500, LedPatterns.WindowOpen.PeriodMs);
            Assert.AreEqual(2, LedPatterns.Connecting.FlashesPerPeriod);
            Assert.AreEqual(3, LedPatterns.Error.FlashesPerPeriod);
            Assert.IsTrue(LedPatterns.Operating.IsSteady, "operating is steady");
            Assert.AreEqual(1, LedPatterns.Operating.FlashesPerPeriod);
        }

        [TestMethod]
        public static void IsLitAtFollowsTheSegmentsAndRepeats()
        {
            LedPattern connecting = LedPatterns.Connecting;
            Assert.IsTrue(connecting.IsLitAt(0), "lit at 0");
            Assert.IsTrue(connecting.IsLitAt(149), "lit at 149");
            Assert.IsFalse(connecting.IsLitAt(150), "dark at 150");
            Assert.IsTrue(connecting.IsLitAt(300), "lit at 300");
            Assert.IsFalse(connecting.IsLitAt(450), "dark at 450");
            Assert.IsFalse(connecting.IsLitAt(1499), "dark at 1499");
            Assert.IsTrue(connecting.IsLitAt(1500), "lit again at 1500");
            Assert.IsTrue(connecting.IsLitAt(1500L * 1000000L), "lit after a long time");
            Assert.IsTrue(LedPattern.SteadyOn.IsLitAt(123456), "steady on");
            Assert.IsFalse(LedPattern.SteadyOff.IsLitAt(0), "steady off");
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => connecting.IsLitAt(-1));
        }

        [TestMethod]
        public static void SegmentsAreWhatTheLedThreadWalks()
        {
            LedPattern error = LedPatterns.Error;
            Assert.AreEqual(6, error.SegmentCount);
            Assert.AreEqual(100, error.DurationOf(0));
            Assert.IsTrue(error.IsLitDuring(0), "first segment lit");
            Assert.IsFalse(error.IsLitDuring(5), "last segment dark");
            Assert.AreEqual(1500, error.DurationOf(5));
            Assert.AreEqual(1, LedPattern.SteadyOn.SegmentCount);
            Assert.AreEqual(-1, LedPattern.SteadyOn.DurationOf(0));
            Assert.IsTrue(LedPattern.SteadyOn.IsLitDuring(0), "steady on lit");
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => error.DurationOf(6));
        }

        [TestMethod]
        public static void BadPatternsAreRefusedWithTheRule()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new LedPattern("odd", new int[] { 100, 100, 100 }));
            Assert.ThrowsException(typeof(ArgumentException), () => new LedPattern("empty", new int[0]));
            Assert.ThrowsException(typeof(ArgumentException), () => new LedPattern("short", new int[] { 10, 100 }));
            Assert.ThrowsException(typeof(ArgumentException), () => new LedPattern("long", new int[] { 100, 10001 }));
            Assert.ThrowsException(typeof(ArgumentException), () => new LedPattern(string.Empty, new int[] { 100, 100 }));
            try
            {
                new LedPattern("short", new int[] { 100, 10 });
                Assert.IsTrue(false, "a 10 ms segment was accepted");
            }
            catch (ArgumentException e)
            {
                Assert.Contains("segment 1 lasts 10 ms", e.Message);
            }
        }

        [TestMethod]
        public static void APatternKeepsItsOwnCopyOfTheSegments()
        {
            int[] segments = new int[] { 100, 200 };
            LedPattern pattern = new LedPattern("copy", segments);
            segments[0] = 5000;
            Assert.AreEqual(100, pattern.DurationOf(0));
            Assert.AreEqual(300, pattern.PeriodMs);
        }
    }
}
