namespace DeviceFirmware.Storage
{
    /// <summary>
    /// Non-volatile storage as named slots of bytes: the port the record stores own. Device: files on
    /// the internal LittleFS drive I:\; host: files in a folder; tests: memory, with power cuts.
    /// A slot name follows <see cref="SlotName"/>. Nothing here promises that a write is atomic:
    /// a power cut during <see cref="Write"/> may leave any prefix of the new bytes, alone or
    /// followed by old bytes. <see cref="DualSlotRecordStore"/> is built to survive exactly that.
    /// </summary>
    public interface IFlashStore
    {
        /// <summary>Reads the whole content of a slot.</summary>
        /// <param name="name">The slot.</param>
        /// <returns>A copy of the slot's bytes (possibly empty), or null when the slot does not exist.</returns>
        /// <exception cref="System.IO.IOException">The slot exists but cannot be read.</exception>
        byte[] Read(string name);

        /// <summary>Replaces the whole content of a slot, creating it if needed.</summary>
        /// <param name="name">The slot.</param>
        /// <param name="data">The new content; the store keeps no reference to it.</param>
        /// <exception cref="System.IO.IOException">The write failed; the slot's content is then unknown.</exception>
        void Write(string name, byte[] data);

        /// <summary>Removes a slot; does nothing when it does not exist.</summary>
        /// <param name="name">The slot.</param>
        /// <exception cref="System.IO.IOException">The slot could not be removed.</exception>
        void Erase(string name);
    }
}
