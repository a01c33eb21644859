using System;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// Takes one noise-robust reading of a slot: several raw samples, their median (one spike or
    /// one failed sample cannot move it), then the calibration. Too many failed samples give a
    /// sensor error, a median beyond the calibrated range gives out of range: neither is a level,
    /// so neither can ever look like an empty slot.
    /// </summary>
    public sealed class SupplySampler
    {
        /// <summary>Samples per reading by default: odd, so the median is a real sample.</summary>
        public const int DefaultSamples = 5;

        /// <summary>Most samples per reading.</summary>
        public const int MaxSamples = 31;

        private readonly ISupplySensor _sensor;
        private readonly int _channel;
        private readonly SupplyCalibration _calibration;
        private readonly int[] _samples;
        private readonly int[] _sorted;

        /// <summary>Creates a sampler for one channel.</summary>
        /// <param name="sensor">The sensor port.</param>
        /// <param name="channel">The slot's channel.</param>
        /// <param name="calibration">Raw to percent.</param>
        /// <param name="samples">Samples per reading, 1..<see cref="MaxSamples"/>.</param>
        public SupplySampler(ISupplySensor sensor, int channel, SupplyCalibration calibration, int samples)
        {
            if (sensor == null)
            {
                throw new ArgumentNullException("sensor");
            }

            if (calibration == null)
            {
                throw new ArgumentNullException("calibration");
            }

            if (samples < 1 || samples > MaxSamples)
            {
                throw new ArgumentOutOfRangeException("samples", "samples per reading must be 1.." + MaxSamples);
            }

            _sensor = sensor;
            _channel = channel;
            _calibration = calibration;
            _samples = new int[samples];
            _sorted = new int[samples];
        }

        /// <summary>The channel read.</summary>
        public int Channel
        {
            get { return _channel; }
        }

        /// <summary>Samples per reading.</summary>
        public int Samples
        {
            get { return _samples.Length; }
        }

        /// <summary>Takes a reading. Never throws for a sensor failure: it becomes a <see cref="SupplyReadingKind.SensorError"/> reading.</summary>
        /// <returns>The reading.</returns>
        public SupplyReading Read()
        {
            int good = 0;
            int failed = 0;
            string firstProblem = null;
            for (int i = 0; i < _samples.Length; i++)
            {
                try
                {
                    _samples[good] = _sensor.ReadRaw(_channel);
                    good++;
                }
                catch (Exception e)
                {
                    // Any adapter failure, expected (SupplySensorException) or not, is a sensor error, never a crash.
                    failed++;
                    if (firstProblem == null)
                    {
                        firstProblem = e.Message;
                    }
                }
            }

            // A majority of good samples is needed for the median to mean something.
            if (good <= failed)
            {
                return SupplyReading.SensorError(failed + " of " + _samples.Length + " samples of channel " + _channel + " failed (" + firstProblem + ")");
            }

            int raw = Median.Of(_samples, good, _sorted);
            double percent;
            if (!_calibration.TryToPercent(raw, out percent))
            {
                return SupplyReading.OutOfRange(raw, "channel " + _channel + " reads raw " + raw + ", beyond the calibrated " + _calibration.RawEmpty + ".." + _calibration.RawFull
                    + " (+-" + _calibration.TolerancePercent + " %): sensor disconnected, shorted or miscalibrated");
            }

            return SupplyReading.Level(percent, raw);
        }
    }
}
