namespace DeviceFirmware.Sandbox
{
    /// <summary>A snapshot of one slot of a registration.</summary>
    public sealed class SandboxSlotState
    {
        /// <summary>A snapshot.</summary>
        /// <param name="slotId">The slot ID.</param>
        /// <param name="subscribed">Whether it is subscribed.</param>
        /// <param name="statusReports">Slot status reports accepted so far.</param>
        /// <param name="lastStatus">The latest accepted report, or null.</param>
        public SandboxSlotState(string slotId, bool subscribed, int statusReports, SandboxSlotStatus lastStatus)
        {
            SlotId = slotId;
            Subscribed = subscribed;
            StatusReports = statusReports;
            LastStatus = lastStatus;
        }

        /// <summary>The slot ID.</summary>
        public string SlotId { get; }

        /// <summary>Whether the slot is subscribed.</summary>
        public bool Subscribed { get; }

        /// <summary>Slot status reports accepted so far.</summary>
        public int StatusReports { get; }

        /// <summary>The latest accepted report, or null.</summary>
        public SandboxSlotStatus LastStatus { get; }
    }
}
