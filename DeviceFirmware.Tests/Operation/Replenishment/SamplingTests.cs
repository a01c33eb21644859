using DeviceFirmware.Replenishment;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>Median, calibration and the sampler: noise-robust levels, and no level at all for a broken sensor.</summary>
    [TestClass]
    public class SamplingTests
    {
        [TestMethod]
        public static void TheMedianIgnoresOneSpike()
        {
            Assert.AreEqual(2005, Median.Of(new int[] { 2000, 2010, 4095, 1990, 2005 }, 5));
            Assert.AreEqual(2000, Median.Of(new int[] { 2000, 0, 2010, 1990, 2005 }, 5));
        }

        [TestMethod]
        public static void TheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo()
        {
            Assert.AreEqual(15, Median.Of(new int[] { 20, 10, 0, 99 }, 2));
            Assert.AreEqual(-3, Median.Of(new int[] { -4, -1 }, 2));
            Assert.AreEqual(7, Median.Of(new int[] { 7 }, 1));
        }

        [TestMethod]
        public static void CalibrationRunsEitherWay()
        {
            SupplyCalibration up = new SupplyCalibration(1000, 3000, 5);
            SupplyCalibration down = new SupplyCalibration(3000, 1000, 5);
            Assert.AreEqual(25.0, up.ToPercent(1500));
            Assert.AreEqual(75.0, down.ToPercent(1500));
            double percent;
            Assert.IsTrue(down.TryToPercent(3000, out percent));
            Assert.AreEqual(0.0, percent);
        }

        [TestMethod]
        public static void ReadingsJustBeyondTheEndsAreClampedAndFurtherOnesAreNotLevels()
        {
            SupplyCalibration calibration = new SupplyCalibration(1000, 3000, 5);
            double percent;
            Assert.IsTrue(calibration.TryToPercent(950, out percent), "-2.5 % is within the tolerance");
            Assert.AreEqual(0.0, percent);
            Assert.IsTrue(calibration.TryToPercent(3100, out percent), "105 % is within the tolerance");
            Assert.AreEqual(100.0, percent);
            Assert.IsFalse(calibration.TryToPercent(899, out percent), "-5.05 %");
            Assert.IsFalse(calibration.TryToPercent(0, out percent), "a shorted sensor is not empty");
            Assert.IsFalse(calibration.TryToPercent(4095, out percent));
        }

        [TestMethod]
        public static void OneReadingIsTheMedianOfFiveSamples()
        {
            ScriptedSupplySensor sensor = new ScriptedSupplySensor();
            sensor.Queue(2, new int[] { 2000, 2010, 4095, 1990, 2006 });
            SupplyReading reading = Sampler(sensor, 2).Read();
            Assert.IsTrue(reading.IsValid);
            Assert.AreEqual(2006, reading.Raw);
            Assert.AreEqual(50.3, reading.Percent);
            Assert.AreEqual(5, sensor.SampleCount);
        }

        [TestMethod]
        public static void AMinorityOfFailedSamplesIsTolerated()
        {
            ScriptedSupplySensor sensor = new ScriptedSupplySensor();
            sensor.Set(0, 1400);
            sensor.FailNext(0, 2);
            SupplyReading reading = Sampler(sensor, 0).Read();
            Assert.IsTrue(reading.IsValid);
            Assert.AreEqual(20.0, reading.Percent);
        }

        [TestMethod]
        public static void AMajorityOfFailedSamplesIsASensorErrorNotALevel()
        {
            ScriptedSupplySensor sensor = new ScriptedSupplySensor();
            sensor.Set(0, 1400);
            sensor.FailNext(0, 3);
            SupplyReading reading = Sampler(sensor, 0).Read();
            Assert.AreEqual((object)SupplyReadingKind.SensorError, (object)reading.Kind);
            Assert.IsFalse(reading.IsValid);
            Assert.Contains("3 of 5 samples of channel 0 failed", reading.Problem);
        }

        [TestMethod]
        public static void AReadingOutsideTheCalibrationIsReportedNotEmpty()
        {
            ScriptedSupplySensor sensor = new ScriptedSupplySensor();
            sensor.Set(0, 0);
            SupplyReading reading = Sampler(sensor, 0).Read();
            Assert.AreEqual((object)SupplyReadingKind.OutOfRange, (object)reading.Kind);
            Assert.AreEqual(0, reading.Raw);
            Assert.Contains("beyond the calibrated 1000..3000", reading.Problem);
        }

        [TestMethod]
        public static void AnAdapterThatThrowsAnythingGivesASensorError()
        {
            SupplyReading reading = Sampler(new ThrowingSupplySensor(), 0).Read();
            Assert.AreEqual((object)SupplyReadingKind.SensorError, (object)reading.Kind);
            Assert.Contains("driver bug", reading.Problem);
        }

        [TestMethod]
        public static void AnOutOfRangeChannelOfTheFakeIsAnError()
        {
            Assert.ThrowsException(typeof(SupplySensorException), () => new ScriptedSupplySensor().ReadRaw(8));
        }

        private static SupplySampler Sampler(ISupplySensor sensor, int channel)
        {
            return new SupplySampler(sensor, channel, new SupplyCalibration(1000, 3000, SupplyCalibration.DefaultTolerancePercent), SupplySampler.DefaultSamples);
        }
    }
}
