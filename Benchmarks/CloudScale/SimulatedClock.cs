namespace DeviceFirmware.CloudScale;

/// <summary>The simulated month's clock, shared by both app instances (their TimeProvider) and the devices' timestamps.</summary>
internal sealed class SimulatedClock : TimeProvider
{
    private long _ticks = DateTimeOffset.UtcNow.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
