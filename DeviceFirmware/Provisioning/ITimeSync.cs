namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// Sets the clock from the network (port; device: SNTP). TLS certificate checks need a correct
    /// clock, so the code exchange waits for it. Called from the main loop only; it may block.
    /// </summary>
    public interface ITimeSync
    {
        /// <summary>Synchronises the clock.</summary>
        /// <returns>True when the clock was set; false when no time server answered (usually: no internet).</returns>
        bool Synchronize();
    }
}
