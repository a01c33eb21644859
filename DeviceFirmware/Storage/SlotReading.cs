namespace DeviceFirmware.Storage
{
    /// <summary>The outcome of reading and checking one record slot.</summary>
    public sealed class SlotReading
    {
        private SlotReading(string slot, SlotState state, uint sequence, byte[] payload, string problem)
        {
            Slot = slot;
            State = state;
            Sequence = sequence;
            Payload = payload;
            Problem = problem;
        }

        /// <summary>Name of the slot that was read.</summary>
        public string Slot { get; private set; }

        /// <summary>What the slot holds.</summary>
        public SlotState State { get; private set; }

        /// <summary>Sequence number of the record; 0 unless <see cref="State"/> is <see cref="SlotState.Valid"/>.</summary>
        public uint Sequence { get; private set; }

        /// <summary>Payload of the record; null unless <see cref="State"/> is <see cref="SlotState.Valid"/>.</summary>
        public byte[] Payload { get; private set; }

        /// <summary>Why an invalid slot was rejected, for the log (never its content); null otherwise.</summary>
        public string Problem { get; private set; }

        /// <summary>A slot that does not exist.</summary>
        /// <param name="slot">Slot name.</param>
        /// <returns>The reading.</returns>
        public static SlotReading Absent(string slot)
        {
            return new SlotReading(slot, SlotState.Absent, 0, null, null);
        }

        /// <summary>A slot holding a good record.</summary>
        /// <param name="slot">Slot name.</param>
        /// <param name="sequence">The record's sequence number.</param>
        /// <param name="payload">The record's payload.</param>
        /// <returns>The reading.</returns>
        public static SlotReading Valid(string slot, uint sequence, byte[] payload)
        {
            return new SlotReading(slot, SlotState.Valid, sequence, payload, null);
        }

        /// <summary>A slot holding anything but a good record.</summary>
        /// <param name="slot">Slot name.</param>
        /// <param name="problem">What is wrong with it, without its content.</param>
        /// <returns>The reading.</returns>
        public static SlotReading Invalid(string slot, string problem)
        {
            return new SlotReading(slot, SlotState.Invalid, 0, null, problem);
        }
    }
}
