using DeviceFirmware.Replenishment;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>Debounce and hysteresis of the low decision, on clean and on noisy curves.</summary>
    [TestClass]
    public class LowSupplyDetectorTests
    {
        [TestMethod]
        public static void LowNeedsConsecutiveReadingsAtOrBelowTheThreshold()
        {
            LowSupplyDetector detector = new LowSupplyDetector(20, 60, 3);
            Assert.AreEqual((object)SupplyLevelChange.None, Feed(detector, new double[] { 20, 19.9 }));
            Assert.IsFalse(detector.IsLow);
            Assert.AreEqual((object)SupplyLevelChange.BecameLow, (object)detector.Observe(SupplyReading.Level(20, 0)), "20 is at the threshold: it counts");
            Assert.IsTrue(detector.IsLow);
        }

        [TestMethod]
        public static void OneReadingAboveBreaksTheStreak()
        {
            LowSupplyDetector detector = new LowSupplyDetector(20, 60, 3);
            Feed(detector, new double[] { 19, 18, 20.1, 19, 18 });
            Assert.IsFalse(detector.IsLow);
            Assert.AreEqual(2, detector.Streak);
            Assert.AreEqual((object)SupplyLevelChange.BecameLow, (object)detector.Observe(SupplyReading.Level(5, 0)));
        }

        [TestMethod]
        public static void ReadingsBetweenTheThresholdsChangeNothing()
        {
            LowSupplyDetector detector = new LowSupplyDetector(20, 60, 3);
            detector.Restore(true);
            Assert.AreEqual((object)SupplyLevelChange.None, Feed(detector, new double[] { 21, 40, 59.9, 59, 30, 61, 62, 25 }));
            Assert.IsTrue(detector.IsLow, "still in the low episode");
            Assert.AreEqual((object)SupplyLevelChange.Refilled, Feed(detector, new double[] { 60, 80, 100 }));
            Assert.IsFalse(detector.IsLow);
        }

        [TestMethod]
        public static void ANoisyCurveAroundTheLowThresholdStartsExactlyOneEpisode()
        {
            LowSupplyDetector detector = new LowSupplyDetector(20, 60, 3);
            double[] curve = new double[] { 35, 28, 24, 21, 19.5, 20.5, 19, 22, 20, 18.5, 21, 19, 18, 17.5, 21, 16, 22, 14, 23, 12, 10, 24, 8 };
            int becameLow = 0;
            int refilled = 0;
            int firstLowAt = -1;
            for (int i = 0; i < curve.Length; i++)
            {
                SupplyLevelChange change = detector.Observe(SupplyReading.Level(curve[i], 0));
                if (change == SupplyLevelChange.BecameLow)
                {
                    becameLow++;
                    firstLowAt = i;
                }
                else if (change == SupplyLevelChange.Refilled)
                {
                    refilled++;
                }
            }

            Assert.AreEqual(1, becameLow);
            Assert.AreEqual(0, refilled, "noise up to 24 % never reaches the refill threshold");
            Assert.AreEqual(13, firstLowAt, "19 18 17.5 is the first run of three");
        }

        [TestMethod]
        public static void ANoisyCurveAroundTheRefillThresholdReArmsOnlyOnce()
        {
            LowSupplyDetector detector = new LowSupplyDetector(20, 60, 3);
            detector.Restore(true);
            double[] curve = new double[] { 58, 61, 62, 59, 60, 61, 57, 63, 64, 59.5, 65, 66, 67, 64, 58, 62, 61, 57 };
            int refilledAt = -1;
            int changes = 0;
            for (int i = 0; i < curve.Length; i++)
            {
                SupplyLevelChange change = detector.Observe(SupplyReading.Level(curve[i], 0));
                if (change != SupplyLevelChange.None)
                {
                    changes++;
                    refilledAt = i;
                }
            }

            Assert.AreEqual(1, changes, "refilled once and never low again above 20 %");
            Assert.AreEqual(12, refilledAt, "65 66 67 is the first run of three");
        }

        [TestMethod]
        public static void ReadingsThatAreNotLevelsBreakStreaksAndChangeNothing()
        {
            LowSupplyDetector detector = new LowSupplyDetector(20, 60, 3);
            detector.Observe(SupplyReading.Level(10, 0));
            detector.Observe(SupplyReading.Level(10, 0));
            Assert.AreEqual((object)SupplyLevelChange.None, (object)detector.Observe(SupplyReading.SensorError("dead")));
            Assert.AreEqual(0, detector.Streak);
            for (int i = 0; i < 10; i++)
            {
                detector.Observe(SupplyReading.OutOfRange(0, "shorted"));
            }

            Assert.IsFalse(detector.IsLow, "a broken sensor never makes a slot low");
        }

        [TestMethod]
        public static void OneReadingSufficesWhenConfiguredSo()
        {
            LowSupplyDetector detector = new LowSupplyDetector(20, 60, 1);
            Assert.AreEqual((object)SupplyLevelChange.BecameLow, (object)detector.Observe(SupplyReading.Level(3, 0)));
            Assert.AreEqual((object)SupplyLevelChange.Refilled, (object)detector.Observe(SupplyReading.Level(90, 0)));
        }

        private static object Feed(LowSupplyDetector detector, double[] levels)
        {
            SupplyLevelChange last = SupplyLevelChange.None;
            for (int i = 0; i < levels.Length; i++)
            {
                SupplyLevelChange change = detector.Observe(SupplyReading.Level(levels[i], 0));
                if (change != SupplyLevelChange.None)
                {
                    last = change;
                }
            }

            return last;
        }
    }
}
