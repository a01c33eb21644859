using System;

namespace DeviceFirmware.Sandbox
{
    /// <summary>A slot status report as the sandbox accepted it (POST /slotStatus/{slotId}).</summary>
    public sealed class SandboxSlotStatus
    {
        /// <summary>A report.</summary>
        /// <param name="expectedReplenishmentDate">expectedReplenishmentDate.</param>
        /// <param name="remainingQuantityInUnit">remainingQuantityInUnit.</param>
        /// <param name="originalQuantityInUnit">originalQuantityInUnit.</param>
        /// <param name="totalQuantityOnHand">totalQuantityOnHand.</param>
        /// <param name="lastUseDate">lastUseDate.</param>
        /// <param name="receivedAt">When it arrived, on the sandbox clock.</param>
        public SandboxSlotStatus(DateTimeOffset expectedReplenishmentDate, double remainingQuantityInUnit, double originalQuantityInUnit, double totalQuantityOnHand, DateTimeOffset lastUseDate, DateTimeOffset receivedAt)
        {
            ExpectedReplenishmentDate = expectedReplenishmentDate;
            RemainingQuantityInUnit = remainingQuantityInUnit;
            OriginalQuantityInUnit = originalQuantityInUnit;
            TotalQuantityOnHand = totalQuantityOnHand;
            LastUseDate = lastUseDate;
            ReceivedAt = receivedAt;
        }

        /// <summary>expectedReplenishmentDate, UTC.</summary>
        public DateTimeOffset ExpectedReplenishmentDate { get; }

        /// <summary>remainingQuantityInUnit.</summary>
        public double RemainingQuantityInUnit { get; }

        /// <summary>originalQuantityInUnit.</summary>
        public double OriginalQuantityInUnit { get; }

        /// <summary>totalQuantityOnHand.</summary>
        public double TotalQuantityOnHand { get; }

        /// <summary>lastUseDate, UTC.</summary>
        public DateTimeOffset LastUseDate { get; }

        /// <summary>When the report arrived, on the sandbox clock.</summary>
        public DateTimeOffset ReceivedAt { get; }
    }
}
