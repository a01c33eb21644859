namespace DeviceFirmware.PropertyTests.Config
{
    /// <summary>One generated nf.config and what the properties need to know about it.</summary>
    public sealed class ConfigCase
    {
        /// <summary>Creates the case.</summary>
        /// <param name="text">The file.</param>
        /// <param name="passkey">The value written after "passkey =", or null when the file has no passkey line.</param>
        /// <param name="passkeyLine">1-based line of the passkey (0 when none).</param>
        /// <param name="mutated">True when line-level mutations were applied.</param>
        public ConfigCase(string text, string passkey, int passkeyLine, bool mutated)
        {
            Text = text;
            Passkey = passkey;
            PasskeyLine = passkeyLine;
            Mutated = mutated;
        }

        /// <summary>The file.</summary>
        public string Text { get; }

        /// <summary>The passkey value as written (a secret), or null.</summary>
        public string Passkey { get; }

        /// <summary>1-based line of the passkey, 0 when none.</summary>
        public int PasskeyLine { get; }

        /// <summary>True when line-level mutations were applied.</summary>
        public bool Mutated { get; }
    }
}
