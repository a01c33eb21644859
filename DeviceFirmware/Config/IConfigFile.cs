namespace DeviceFirmware.Config
{
    /// <summary>
    /// Where nf.config is read from. Device: I:\nf.config in internal flash (deployed by flash.ps1);
    /// host: a file or the simulator's embedded copy; tests: a fake.
    /// </summary>
    public interface IConfigFile
    {
        /// <summary>Where the file is, for messages (e.g. "I:\nf.config").</summary>
        string Location { get; }

        /// <summary>The file's text decoded from UTF-8, or null when there is no such file.</summary>
        /// <returns>The text, or null.</returns>
        string ReadText();
    }
}
