namespace DeviceFirmware.Cloud.Factory;

/// <summary>A unit just made: what goes to the board (key) and to the label (claim code). Secrets: never logged.</summary>
/// <param name="Serial">The serial.</param>
/// <param name="Key">The 32-byte device key.</param>
/// <param name="ClaimCode">The claim code for the label.</param>
public sealed record MadeDevice(string Serial, byte[] Key, string ClaimCode);
