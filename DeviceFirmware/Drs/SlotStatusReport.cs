using System;
using DeviceFirmware.Json;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// The body of a slot status call (Amazon's DRS device API: required when contents are consumed):
    /// expectedReplenishmentDate and lastUseDate as ISO-8601 UTC, and remainingQuantityInUnit,
    /// originalQuantityInUnit and totalQuantityOnHand as numbers (fractions allowed, written with
    /// at most <see cref="FractionDigits"/> digits).
    /// </summary>
    public sealed class SlotStatusReport
    {
        /// <summary>Fraction digits written for quantities.</summary>
        public const int FractionDigits = 3;

        private readonly DateTime _expectedReplenishmentDate;
        private readonly double _remainingQuantity;
        private readonly double _originalQuantity;
        private readonly double _totalQuantityOnHand;
        private readonly DateTime _lastUseDate;

        /// <summary>Creates a report.</summary>
        /// <param name="expectedReplenishmentDate">When the device expects to reorder (UTC).</param>
        /// <param name="remainingQuantity">What is left, in the slot's unit.</param>
        /// <param name="originalQuantity">A full slot, in the slot's unit.</param>
        /// <param name="totalQuantityOnHand">Everything on hand (the device knows only the slot's content).</param>
        /// <param name="lastUseDate">When the content was last used (UTC).</param>
        /// <exception cref="ArgumentException">A quantity is negative, NaN or infinite.</exception>
        public SlotStatusReport(DateTime expectedReplenishmentDate, double remainingQuantity, double originalQuantity, double totalQuantityOnHand, DateTime lastUseDate)
        {
            CheckQuantity(remainingQuantity, "remainingQuantity");
            CheckQuantity(originalQuantity, "originalQuantity");
            CheckQuantity(totalQuantityOnHand, "totalQuantityOnHand");
            _expectedReplenishmentDate = expectedReplenishmentDate;
            _remainingQuantity = remainingQuantity;
            _originalQuantity = originalQuantity;
            _totalQuantityOnHand = totalQuantityOnHand;
            _lastUseDate = lastUseDate;
        }

        /// <summary>When the device expects to reorder (UTC).</summary>
        public DateTime ExpectedReplenishmentDate
        {
            get { return _expectedReplenishmentDate; }
        }

        /// <summary>What is left, in the slot's unit.</summary>
        public double RemainingQuantity
        {
            get { return _remainingQuantity; }
        }

        /// <summary>A full slot, in the slot's unit.</summary>
        public double OriginalQuantity
        {
            get { return _originalQuantity; }
        }

        /// <summary>Everything on hand.</summary>
        public double TotalQuantityOnHand
        {
            get { return _totalQuantityOnHand; }
        }

        /// <summary>When the content was last used (UTC).</summary>
        public DateTime LastUseDate
        {
            get { return _lastUseDate; }
        }

        /// <summary>The JSON body, members in the documented order.</summary>
        /// <returns>Compact JSON.</returns>
        public string ToJson()
        {
            JsonWriter writer = new JsonWriter();
            writer.BeginObject();
            writer.WriteString("expectedReplenishmentDate", IsoUtcDate.Format(_expectedReplenishmentDate));
            writer.WriteNumber("remainingQuantityInUnit", _remainingQuantity, FractionDigits);
            writer.WriteNumber("originalQuantityInUnit", _originalQuantity, FractionDigits);
            writer.WriteNumber("totalQuantityOnHand", _totalQuantityOnHand, FractionDigits);
            writer.WriteString("lastUseDate", IsoUtcDate.Format(_lastUseDate));
            writer.EndObject();
            return writer.ToString();
        }

        private static void CheckQuantity(double value, string name)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
            {
                throw new ArgumentException(name + " must be a finite number, 0 or more", name);
            }
        }
    }
}
