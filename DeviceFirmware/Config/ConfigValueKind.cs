namespace DeviceFirmware.Config
{
    /// <summary>What a declared key accepts, and so how its value is checked and converted.</summary>
    public enum ConfigValueKind
    {
        /// <summary>1 to a maximum number of characters of A-Z a-z 0-9 - + _ (DRS model IDs, serials). Read as text.</summary>
        Identifier,

        /// <summary>Decimal digits only, within a declared range. Read as an integer.</summary>
        Integer,

        /// <summary>One of a declared list of words, exact case. Read as text.</summary>
        Choice,

        /// <summary>An absolute https URL (http only for a loopback host), kept as written. Read as text.</summary>
        Url,

        /// <summary>Like <see cref="Url"/>, with trailing '/' removed so that paths can be appended. Read as text.</summary>
        BaseUrl,
    }
}
