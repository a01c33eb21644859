using System;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// One [slot.&lt;name&gt;] section of nf.config: a DRS slot, the ADC1 channel of its supply sensor,
    /// the calibration (raw reading when empty and when full, in either order), the low and refill
    /// thresholds (hysteresis), how many consecutive readings confirm a change (debounce), how often
    /// to sample, and the slot's quantity and unit for slot status (docs/nf-config.md).
    /// </summary>
    public sealed class SupplySlotSettings
    {
        /// <summary>
        /// Highest sensor channel of any supported chip: ADC1 has channels 0..7 on the ESP32, 0..9 on the ESP32-S3 and
        /// 0..4 on the ESP32-C3 (nf.config checks the channel against device.chip: <see cref="BoardPinReader"/>);
        /// ADC2 is unusable while Wi-Fi is on.
        /// </summary>
        public const int MaxChannel = ChipPins.MaxAdc1ChannelOfAnyChip;

        /// <summary>Smallest difference between raw_empty and raw_full: below it the noise of one count is more than 6 % of the scale.</summary>
        public const int MinRawSpan = 16;

        private readonly string _name;
        private readonly string _slotId;
        private readonly int _sensorChannel;
        private readonly int _rawEmpty;
        private readonly int _rawFull;
        private readonly int _lowPercent;
        private readonly int _refillPercent;
        private readonly int _lowReadings;
        private readonly int _sampleSeconds;
        private readonly int _originalQuantity;
        private readonly string _unit;

        /// <summary>Creates the settings of one slot.</summary>
        /// <param name="name">Instance name of the section, e.g. "coffee" (for logs).</param>
        /// <param name="slotId">The DRS slot ID.</param>
        /// <param name="sensorChannel">ADC1 channel, 0..<see cref="MaxChannel"/>.</param>
        /// <param name="rawEmpty">Raw reading of an empty slot.</param>
        /// <param name="rawFull">Raw reading of a full slot (above or below <paramref name="rawEmpty"/>, at least <see cref="MinRawSpan"/> away).</param>
        /// <param name="lowPercent">At or below this percentage the slot counts as low: 1..99.</param>
        /// <param name="refillPercent">At or above this percentage a low slot counts as refilled: above <paramref name="lowPercent"/>, at most 100.</param>
        /// <param name="lowReadings">Consecutive readings that confirm low (and refilled): 1 or more.</param>
        /// <param name="sampleSeconds">Seconds between readings: 1 or more.</param>
        /// <param name="originalQuantity">A full slot in <paramref name="unit"/>: 1 or more.</param>
        /// <param name="unit">Unit of the quantity, e.g. "count" or "g".</param>
        /// <exception cref="ArgumentException">A value is out of range or inconsistent.</exception>
        public SupplySlotSettings(string name, string slotId, int sensorChannel, int rawEmpty, int rawFull, int lowPercent, int refillPercent, int lowReadings, int sampleSeconds, int originalQuantity, string unit)
        {
            if (name == null || name.Length == 0)
            {
                throw new ArgumentException("slot name is empty", "name");
            }

            if (slotId == null || slotId.Length == 0)
            {
                throw new ArgumentException("slot " + name + ": slot ID is empty", "slotId");
            }

            if (sensorChannel < 0 || sensorChannel > MaxChannel)
            {
                throw new ArgumentOutOfRangeException("sensorChannel", "slot " + name + ": sensor channel " + sensorChannel + " is not an ADC1 channel 0.." + MaxChannel);
            }

            string problem = CalibrationProblem(rawEmpty, rawFull);
            if (problem != null)
            {
                throw new ArgumentException("slot " + name + ": " + problem, "rawFull");
            }

            problem = ThresholdProblem(lowPercent, refillPercent);
            if (problem != null)
            {
                throw new ArgumentException("slot " + name + ": " + problem, "refillPercent");
            }

            if (lowReadings < 1 || sampleSeconds < 1 || originalQuantity < 1)
            {
                throw new ArgumentOutOfRangeException("lowReadings", "slot " + name + ": readings, sampling period and quantity must be 1 or more");
            }

            if (unit == null || unit.Length == 0)
            {
                throw new ArgumentException("slot " + name + ": unit is empty", "unit");
            }

            _name = name;
            _slotId = slotId;
            _sensorChannel = sensorChannel;
            _rawEmpty = rawEmpty;
            _rawFull = rawFull;
            _lowPercent = lowPercent;
            _refillPercent = refillPercent;
            _lowReadings = lowReadings;
            _sampleSeconds = sampleSeconds;
            _originalQuantity = originalQuantity;
            _unit = unit;
        }

        /// <summary>Instance name of the section, e.g. "coffee".</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>The DRS slot ID (slot_id).</summary>
        public string SlotId
        {
            get { return _slotId; }
        }

        /// <summary>ADC1 channel of the sensor (sensor_channel).</summary>
        public int SensorChannel
        {
            get { return _sensorChannel; }
        }

        /// <summary>Raw reading of an empty slot (raw_empty).</summary>
        public int RawEmpty
        {
            get { return _rawEmpty; }
        }

        /// <summary>Raw reading of a full slot (raw_full).</summary>
        public int RawFull
        {
            get { return _rawFull; }
        }

        /// <summary>Low threshold in percent (low_percent).</summary>
        public int LowPercent
        {
            get { return _lowPercent; }
        }

        /// <summary>Refill threshold in percent (refill_percent).</summary>
        public int RefillPercent
        {
            get { return _refillPercent; }
        }

        /// <summary>Consecutive readings that confirm a change (low_readings).</summary>
        public int LowReadings
        {
            get { return _lowReadings; }
        }

        /// <summary>Seconds between readings (sample_seconds).</summary>
        public int SampleSeconds
        {
            get { return _sampleSeconds; }
        }

        /// <summary>A full slot in <see cref="Unit"/> (original_quantity).</summary>
        public int OriginalQuantity
        {
            get { return _originalQuantity; }
        }

        /// <summary>Unit of the quantity (unit).</summary>
        public string Unit
        {
            get { return _unit; }
        }

        /// <summary>What is wrong with a calibration, or null.</summary>
        /// <param name="rawEmpty">Raw reading when empty.</param>
        /// <param name="rawFull">Raw reading when full.</param>
        /// <returns>The problem, or null when the two are at least <see cref="MinRawSpan"/> apart.</returns>
        public static string CalibrationProblem(int rawEmpty, int rawFull)
        {
            int span = rawFull > rawEmpty ? rawFull - rawEmpty : rawEmpty - rawFull;
            return span < MinRawSpan ? "raw_empty " + rawEmpty + " and raw_full " + rawFull + " are " + span + " apart: at least " + MinRawSpan + " needed to tell empty from full" : null;
        }

        /// <summary>What is wrong with a pair of thresholds, or null.</summary>
        /// <param name="lowPercent">Low threshold.</param>
        /// <param name="refillPercent">Refill threshold.</param>
        /// <returns>The problem, or null when 1 &lt;= low &lt; refill &lt;= 100.</returns>
        public static string ThresholdProblem(int lowPercent, int refillPercent)
        {
            if (lowPercent < 1 || lowPercent > 99 || refillPercent > 100)
            {
                return "low_percent must be 1..99 and refill_percent at most 100";
            }

            return refillPercent <= lowPercent ? "refill_percent " + refillPercent + " must be above low_percent " + lowPercent + " (hysteresis)" : null;
        }

        /// <summary>A one-line summary for the boot log.</summary>
        /// <returns>Slot, channel, calibration and thresholds.</returns>
        public override string ToString()
        {
            return _name + ": slot " + _slotId + " on ADC1 channel " + _sensorChannel + ", raw " + _rawEmpty + ".." + _rawFull
                + ", low " + _lowPercent + "% refill " + _refillPercent + "% x" + _lowReadings + " every " + _sampleSeconds + " s, "
                + _originalQuantity + " " + _unit;
        }
    }
}
