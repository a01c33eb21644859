using System.Collections.Concurrent;

namespace DeviceFirmware.CloudScale;

/// <summary>Every request's latency, for the percentiles.</summary>
internal sealed class LatencyRecorder
{
    private readonly ConcurrentBag<double> _milliseconds = new();

    public int Count => _milliseconds.Count;

    public void Add(TimeSpan latency) => _milliseconds.Add(latency.TotalMilliseconds);

    /// <summary>The nearest-rank percentile (0..100) in milliseconds.</summary>
    public double Percentile(double p)
    {
        double[] sorted = _milliseconds.OrderBy(m => m).ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        int rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
