using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DeviceFirmware.App;

namespace DeviceFirmware.Simulator
{
    /// <summary>The figures of a run and their summary text.</summary>
    public sealed class SimulationReport
    {
        /// <summary>story or soak.</summary>
        public string Kind { get; init; }

        /// <summary>True when the run resumed a kept flash folder: the device booted provisioned.</summary>
        public bool Resumed { get; init; }

        /// <summary>Virtual time covered.</summary>
        public TimeSpan SimulatedTime { get; init; }

        /// <summary>Real time taken.</summary>
        public TimeSpan WallTime { get; init; }

        /// <summary>Low-supply episodes the simulated world went through.</summary>
        public int LowEpisodes { get; init; }

        /// <summary>Episodes that began in the last minutes of the run (their order may not be due yet).</summary>
        public int EpisodesAwaitingOrder { get; init; }

        /// <summary>Orders DRS placed.</summary>
        public int Orders { get; init; }

        /// <summary>Episodes DRS answered ORDER_INPROGRESS for, with no new order: covered by an order still open.</summary>
        public int EpisodesCoveredByOpenOrder { get; init; }

        /// <summary>True when the device was provisioned at some point of the run (provisioned, or resumed so).</summary>
        public bool EverProvisioned { get; init; }

        /// <summary>True when the device held tokens at the end.</summary>
        public bool ProvisionedAtEnd { get; init; }

        /// <summary>How the soak's closing factory reset went, or null when there was none.</summary>
        public string FactoryReset { get; set; }

        /// <summary>True when <see cref="RequestsByEndpoint"/> counts the device's own requests (no sandbox log).</summary>
        public bool RequestsCountedAtDevice { get; set; }

        /// <summary>Why the run did not meet its targets beyond the figures (a story stopped early).</summary>
        public List<string> Problems { get; } = new List<string>();

        /// <summary>Orders beyond one per episode.</summary>
        public int DuplicateOrders { get; init; }

        /// <summary>LWA refresh requests.</summary>
        public int Refreshes { get; init; }

        /// <summary>LWA code exchanges.</summary>
        public int CodeExchanges { get; init; }

        /// <summary>Successful provisionings.</summary>
        public int Provisionings { get; init; }

        /// <summary>Boots.</summary>
        public int Boots { get; init; }

        /// <summary>Refills by the user.</summary>
        public int Refills { get; init; }

        /// <summary>Flash write calls.</summary>
        public int FlashWrites { get; init; }

        /// <summary>Flash bytes written.</summary>
        public long FlashBytes { get; init; }

        /// <summary>Flash erases.</summary>
        public int FlashErases { get; init; }

        /// <summary>Writes of the token vault.</summary>
        public int TokenWrites { get; init; }

        /// <summary>Writes of the slot episode store.</summary>
        public int EpisodeWrites { get; init; }

        /// <summary>Error lines the firmware logged.</summary>
        public int FirmwareErrors { get; init; }

        /// <summary>Warning lines the firmware logged.</summary>
        public int FirmwareWarnings { get; init; }

        /// <summary>Exceptions that escaped a tick.</summary>
        public int TickFailures { get; init; }

        /// <summary>HTTP requests the sandbox logged, per endpoint.</summary>
        public SortedDictionary<string, int> RequestsByEndpoint { get; } = new SortedDictionary<string, int>();

        /// <summary>Requests answered with an error status or dropped.</summary>
        public int FailedRequests { get; set; }

        /// <summary>The device's mode at the end.</summary>
        public FirmwareMode? FinalMode { get; init; }

        /// <summary>Episodes that must have an order (or an open order covering them) by the end of the run.</summary>
        public int EpisodesDue => LowEpisodes - EpisodesAwaitingOrder;

        /// <summary>Every episode due is ordered or covered by an open order.</summary>
        public bool OrdersMatchEpisodes => Orders + EpisodesCoveredByOpenOrder >= EpisodesDue && DuplicateOrders == 0;

        /// <summary>
        /// The run met its targets: one order (or an open order) per low episode and none twice, no escaped
        /// exception, the device provisioned at some point, and a story that went to its end. A run with no
        /// low episode and no order passes (0 orders for 0 episodes).
        /// </summary>
        public bool Passed => OrdersMatchEpisodes && TickFailures == 0 && EverProvisioned && Problems.Count == 0;

        /// <summary>Total HTTP requests.</summary>
        public int TotalRequests => RequestsByEndpoint.Values.Sum();

        /// <summary>The summary, one figure a line.</summary>
        public string ToText()
        {
            var text = new StringBuilder();
            text.AppendLine($"Summary ({Kind}{(Resumed ? ", resumed provisioned from the kept flash folder" : string.Empty)}): {SimulatedTime.TotalDays:0.0} simulated days in {WallTime.TotalSeconds:0.0} s; device {FinalMode?.ToString() ?? "off"}");
            string covered = EpisodesCoveredByOpenOrder > 0 ? $", {EpisodesCoveredByOpenOrder} covered by an order still open" : string.Empty;
            string fresh = EpisodesAwaitingOrder > 0 ? $", {EpisodesAwaitingOrder} just started" : string.Empty;
            text.AppendLine($"  orders placed:      {Orders} for {LowEpisodes} low episode(s) (target: one each{covered}{fresh}): {(OrdersMatchEpisodes ? "OK" : "MISMATCH")}");
            text.AppendLine($"  duplicate orders:   {DuplicateOrders} (target 0)");
            text.AppendLine($"  HTTP requests:      {TotalRequests} ({FailedRequests} answered with an error or dropped)" + (RequestsCountedAtDevice ? ", as the device sent them (no sandbox log)" : string.Empty));
            foreach (KeyValuePair<string, int> entry in RequestsByEndpoint)
            {
                text.AppendLine($"    {entry.Key,-18}{entry.Value}");
            }

            text.AppendLine($"  token refreshes:    {Refreshes}; code exchanges: {CodeExchanges}; provisionings: {Provisionings}; boots: {Boots}; refills: {Refills}");
            text.AppendLine($"  flash written:      {FlashBytes} bytes in {FlashWrites} writes (tokens {TokenWrites}, slot episodes {EpisodeWrites}), {FlashErases} erases");
            text.AppendLine($"  errors:             {FirmwareErrors} firmware error line(s), {FirmwareWarnings} warning(s), {TickFailures} escaped exception(s)");
            if (FactoryReset != null)
            {
                text.AppendLine($"  factory reset:      {FactoryReset}");
            }

            if (!EverProvisioned)
            {
                text.AppendLine("  NOT MET: the device was never provisioned");
            }

            foreach (string problem in Problems)
            {
                text.AppendLine("  NOT MET: " + problem);
            }
            return text.ToString();
        }
    }
}
