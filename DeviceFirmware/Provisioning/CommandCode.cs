namespace DeviceFirmware.Provisioning
{
    /// <summary>First byte of a command message (docs/provisioning-protocol.md, Commands).</summary>
    public static class CommandCode
    {
        /// <summary>No command pending.</summary>
        public const byte None = 0x00;

        /// <summary>Use the values sent: join Wi-Fi, sync time, exchange the code. Two bytes: 0x01, attempt.</summary>
        public const byte Commit = 0x01;

        /// <summary>Forget every value sent and make a fresh verifier and challenge. One byte.</summary>
        public const byte StartOver = 0x02;

        /// <summary>Erase stored tokens and Wi-Fi credentials, then start over. One byte.</summary>
        public const byte FactoryReset = 0x03;

        /// <summary>Longest command message.</summary>
        public const int MaxLength = 2;

        /// <summary>A name for logs.</summary>
        /// <param name="code">A command code.</param>
        /// <returns>For example "commit".</returns>
        public static string NameOf(byte code)
        {
            switch (code)
            {
                case Commit:
                    return "commit";
                case StartOver:
                    return "start-over";
                case FactoryReset:
                    return "factory-reset";
                default:
                    return "command 0x" + code.ToString("X2");
            }
        }
    }
}
