namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// A unit the factory command made: where its device.key is (what flash.ps1 -DeviceKey deploys) and the claim
    /// code printed on its label. The claim code and the key are secrets: the story prints fingerprints only.
    /// </summary>
    /// <param name="Serial">The unit's serial.</param>
    /// <param name="KeyPath">The device.key file the command wrote.</param>
    /// <param name="ClaimCode">The claim code from label.txt.</param>
    public sealed record FactoryUnit(string Serial, string KeyPath, string ClaimCode);
}
