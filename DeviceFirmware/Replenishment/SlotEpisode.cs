namespace DeviceFirmware.Replenishment
{
    /// <summary>The stored state of one slot: its DRS slot ID, its <see cref="SlotPhase"/>, and the event of its order (if any).</summary>
    public sealed class SlotEpisode
    {
        private readonly string _slotId;
        private readonly SlotPhase _phase;
        private readonly string _eventInstanceId;
        private readonly uint _episode;

        /// <summary>Creates the state of one slot.</summary>
        /// <param name="slotId">The DRS slot ID.</param>
        /// <param name="phase">The phase.</param>
        /// <param name="eventInstanceId">The event of the order (ordered phase), or null.</param>
        public SlotEpisode(string slotId, SlotPhase phase, string eventInstanceId)
            : this(slotId, phase, eventInstanceId, 0)
        {
        }

        /// <summary>Creates the state of one slot with its episode number (web-app flow).</summary>
        /// <param name="slotId">DRS slot ID.</param>
        /// <param name="phase">Where the slot's low episode stands.</param>
        /// <param name="eventInstanceId">The order's ID, or null.</param>
        /// <param name="episode">The number of the slot's latest low episode, 0 before the first (web-app flow; 0 in the companion flow).</param>
        public SlotEpisode(string slotId, SlotPhase phase, string eventInstanceId, uint episode)
        {
            _episode = episode;
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

        /// <summary>The number of the slot's latest low episode (web-app flow), 0 before the first and in the companion flow.</summary>
        public uint Episode
        {
            get { return _episode; }
        }

        /// <summary>The event instance ID of the order, or null.</summary>
        public string EventInstanceId
        {
            get { return _eventInstanceId; }
        }
    }
}
