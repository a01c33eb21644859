namespace DeviceFirmware.Cloud.Data;

/// <summary>Times are stored as Unix milliseconds: both providers compare and order them the same way.</summary>
public static class UnixTime
{
    /// <summary>Now on <paramref name="time"/>, in Unix milliseconds.</summary>
    public static long NowMs(TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>A stored time back as a <see cref="DateTimeOffset"/> (UTC).</summary>
    public static DateTimeOffset From(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
