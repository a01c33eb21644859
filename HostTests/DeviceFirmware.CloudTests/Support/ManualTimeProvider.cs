namespace DeviceFirmware.CloudTests.Support;

/// <summary>The web application's clock in tests: the wall clock plus an offset the test advances (to expire access tokens).</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
