namespace DeviceFirmware.Host.Ble
{
    /// <summary>The challenge characteristic as a companion app decodes it.</summary>
    public sealed class ChallengeInfo
    {
        /// <summary>Attempt number (0: no challenge now).</summary>
        public byte Attempt { get; init; }

        /// <summary>code_challenge_method ("S256" or "plain"), or null.</summary>
        public string Method { get; init; }

        /// <summary>code_challenge, or null.</summary>
        public string Challenge { get; init; }
    }
}
