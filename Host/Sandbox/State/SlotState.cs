namespace DeviceFirmware.Sandbox.State
{
    /// <summary>One slot of a registration: its configuration, subscription and latest status report.</summary>
    internal sealed class SlotState
    {
        public SlotState(SandboxSlot config)
        {
            Config = config;
            Subscribed = config.Subscribed;
        }

        public SandboxSlot Config { get; }

        public string SlotId => Config.SlotId;

        public bool Subscribed { get; set; }

        public int StatusReports { get; set; }

        public SandboxSlotStatus LastStatus { get; set; }

        public SandboxSlotState Snapshot() => new SandboxSlotState(SlotId, Subscribed, StatusReports, LastStatus);
    }
}
