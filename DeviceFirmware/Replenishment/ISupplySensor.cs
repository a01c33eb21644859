namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// Raw readings of the supply sensors: the port supply monitoring owns. Device: ESP32 ADC1
    /// (<c>Esp32.AdcSupplySensor</c>); host: simulated supply curves; tests: a scripted fake.
    /// An adapter translates, it does not decide: no filtering, no calibration, no retries.
    /// </summary>
    public interface ISupplySensor
    {
        /// <summary>Takes one raw sample of a channel.</summary>
        /// <param name="channel">The sensor channel (ADC1 channel 0..7 on the ESP32).</param>
        /// <returns>The raw reading, e.g. 0..4095 for the ESP32's 12-bit ADC.</returns>
        /// <exception cref="SupplySensorException">The channel cannot be read.</exception>
        int ReadRaw(int channel);
    }
}
