namespace DeviceFirmware.Diagnostics
{
    /// <summary>
    /// Where the firmware reports what it does. Device: the serial console; host: the simulator's
    /// output; tests: a recording fake. Never pass a secret (verifier, code, token, Wi-Fi
    /// password): log a fingerprint instead.
    /// </summary>
    public interface ILog
    {
        /// <summary>Reports normal progress.</summary>
        /// <param name="message">One line of plain text.</param>
        void Info(string message);

        /// <summary>Reports a problem the firmware handles by itself (a retry, a fallback).</summary>
        /// <param name="message">One line of plain text.</param>
        void Warn(string message);

        /// <summary>Reports a problem that needs a person (misconfiguration, a firmware bug).</summary>
        /// <param name="message">One line of plain text.</param>
        void Error(string message);
    }
}
