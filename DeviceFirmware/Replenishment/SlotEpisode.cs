namespace DeviceFirmware.Replenishment
{
    /// <summary>The stored state of one slot: its DRS slot ID, its <see cref="SlotPhase"/>, and the event of its order (if any).</summary>
    public sealed class SlotEpisode
    {
        private readonly string _slotId;
        private readonly SlotPhase _phase;
        private readonly string _eventInstanceId;

        /// <summary>Creates the state of one slot.</summary>
        /// <param name="slotId">The DRS slot ID.</param>
        /// <param name="phase">The phase.</param>
        /// <param name="eventInstanceId">The event of the order (ordered phase), or null.</param>
        public SlotEpisode(string slotId, SlotPhase phase, string eventInstanceId)
        {
            _slotId = slotId;
            _phase = phase;
            _eventInstanceId = eventInstanceId;
        }

        /// <summary>The DRS slot ID.</summary>
        public string SlotId
        {
            get { return _slotId; }
        }

        /// <summary>The phase.</summary>
        public SlotPhase Phase
        {
            get { return _phase; }
        }

        /// <summary>The event instance ID of the order, or null.</summary>
        public string EventInstanceId
        {
            get { return _eventInstanceId; }
        }
    }
}
