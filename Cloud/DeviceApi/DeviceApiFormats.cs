using System.Text.RegularExpressions;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>The value formats of docs/device-api.md.</summary>
public static partial class DeviceApiFormats
{
    /// <summary>Largest request body.</summary>
    public const int MaxBodyBytes = 4096;

    /// <summary>Timestamp window, seconds either way.</summary>
    public const int TimestampWindowSeconds = 300;

    /// <summary>How long a nonce is remembered.</summary>
    public const int NonceMemorySeconds = 600;

    /// <summary>A serial (also a DRS serial): 1..64 of A-Z a-z 0-9 - + _.</summary>
    [GeneratedRegex("^[A-Za-z0-9+_-]{1,64}$")]
    public static partial Regex Serial();

    /// <summary>A nonce: 16..64 of A-Z a-z 0-9 - _.</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{16,64}$")]
    public static partial Regex Nonce();

    /// <summary>A timestamp: decimal digits (at most 12: Unix seconds for the next 30,000 years).</summary>
    [GeneratedRegex("^[0-9]{1,12}$")]
    public static partial Regex Timestamp();

    /// <summary>A signature: 64 lowercase hex digits.</summary>
    [GeneratedRegex("^[0-9a-f]{64}$")]
    public static partial Regex Signature();

    /// <summary>A DRS slot ID: 1..64 of A-Z a-z 0-9 - _.</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    public static partial Regex SlotId();

    /// <summary>A firmware version: 1..32 printable ASCII.</summary>
    [GeneratedRegex("^[\\x20-\\x7E]{1,32}$")]
    public static partial Regex Firmware();
}
