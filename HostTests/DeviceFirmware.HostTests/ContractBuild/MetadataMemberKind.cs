namespace DeviceFirmware.HostTests.ContractBuild
{
    /// <summary>What a <see cref="MetadataMember"/> is.</summary>
    public enum MetadataMemberKind
    {
        Constructor,
        Method,
        Property,
        Event,
        Field,
    }
}
