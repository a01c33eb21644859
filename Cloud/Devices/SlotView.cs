using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Replenishment;

namespace DeviceFirmware.Cloud.Devices;

/// <summary>One slot on the My devices page: its level and its last order.</summary>
/// <param name="SlotId">The DRS slot ID.</param>
/// <param name="Percent">Last level reported, or null.</param>
/// <param name="ReportedAt">When.</param>
/// <param name="LastEpisode">The last replenish episode, or null.</param>
public sealed record SlotView(string SlotId, double? Percent, DateTimeOffset? ReportedAt, ReplenishEpisode? LastEpisode)
{
    /// <summary>The last order in plain words.</summary>
    public string LastOrder => LastEpisode switch
    {
        null => "none yet",
        { FinalOutcome: ReplenishOutcome.Placed } e => "order placed " + When(e) + Id(e),
        { FinalOutcome: ReplenishOutcome.TestOrder } e => "test order placed " + When(e) + Id(e),
        { FinalOutcome: ReplenishOutcome.InProgress } e => "an order was already on its way " + When(e),
        { } e => "not placed yet (" + (e.LastProblem ?? "in progress") + ")",
    };

    private static string When(ReplenishEpisode e) => UnixTime.From(e.UpdatedAtMs).ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Id(ReplenishEpisode e) => e.OrderId == null ? "" : " (" + e.OrderId + ")";
}
