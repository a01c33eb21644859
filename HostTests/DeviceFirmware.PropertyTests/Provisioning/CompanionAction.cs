namespace DeviceFirmware.PropertyTests.Provisioning
{
    /// <summary>
    /// One thing a hostile or broken companion app does: (re)connect, write raw bytes, send a framed
    /// value (possibly oversized, its frames shuffled, duplicated or dropped), send a command, read, or
    /// let time pass.
    /// </summary>
    public sealed class CompanionAction
    {
        /// <summary>Creates the action.</summary>
        /// <param name="kind">0 connect, 1 raw write, 2 framed value, 3 command, 4 read, 5 time passes.</param>
        /// <param name="characteristic">Index into the service's characteristics.</param>
        /// <param name="encrypted">For a connect: whether the link is encrypted.</param>
        /// <param name="mtu">For a connect: the ATT MTU.</param>
        /// <param name="bytes">Raw bytes, the value of a framed message, or a command.</param>
        /// <param name="messageId">Message ID of a framed value.</param>
        /// <param name="frameOrder">How the frames go out: 0 in order, 1 reversed, 2 first one twice, 3 last one dropped.</param>
        public CompanionAction(int kind, int characteristic, bool encrypted, int mtu, byte[] bytes, byte messageId, int frameOrder)
        {
            Kind = kind;
            Characteristic = characteristic;
            Encrypted = encrypted;
            Mtu = mtu;
            Bytes = bytes;
            MessageId = messageId;
            FrameOrder = frameOrder;
        }

        /// <summary>What is done.</summary>
        public int Kind { get; }

        /// <summary>Index into the service's characteristics.</summary>
        public int Characteristic { get; }

        /// <summary>Whether a new link is encrypted.</summary>
        public bool Encrypted { get; }

        /// <summary>The ATT MTU of a new link.</summary>
        public int Mtu { get; }

        /// <summary>Raw bytes, a message or a command.</summary>
        public byte[] Bytes { get; }

        /// <summary>Message ID of a framed value.</summary>
        public byte MessageId { get; }

        /// <summary>How the frames go out.</summary>
        public int FrameOrder { get; }

        /// <summary>A short description (lengths only, no values).</summary>
        /// <returns>The description.</returns>
        public override string ToString() => Kind switch
        {
            0 => "connect(mtu " + Mtu + (Encrypted ? ", encrypted)" : ", plain)"),
            1 => "raw(c" + Characteristic + ", " + Bytes.Length + " bytes)",
            2 => "framed(c" + Characteristic + ", " + Bytes.Length + " bytes, order " + FrameOrder + ")",
            3 => "command(" + string.Join(",", Bytes) + ")",
            4 => "read(c" + Characteristic + ")",
            _ => "wait",
        };
    }
}
