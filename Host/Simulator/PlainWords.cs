using System.Text.RegularExpressions;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The story's wording of the few firmware log lines that are terse on the serial console: the flash
    /// stores by their file names ("replenish: no valid record"), DRS calls ("DRS slot status slot slot1"),
    /// DRS's detail codes and the slot phases. Every other line is shown as the firmware logged it;
    /// --raw-log shows all of them as logged.
    /// </summary>
    public static class PlainWords
    {
        private static readonly Regex NoRecord = new Regex(@"^(tokens|replenish|refusals): no valid record$");
        private static readonly Regex Saved = new Regex(@"^(tokens|replenish|refusals): saved record \d+ to \S+ \((\d+) bytes\)$");
        private static readonly Regex Loaded = new Regex(@"^(tokens|replenish|refusals): record \d+ from \S+$");
        private static readonly Regex Wiped = new Regex(@"^(tokens|replenish|refusals): wiped \S+ and \S+$");
        private static readonly Regex DrsSlotCall = new Regex(@"^DRS (replenish|slot status) slot (\S+): (.*)$");
        private static readonly Regex SlotPhase = new Regex(@"^slot (\S+) \((\S+)\) (armed|pending|ordered)(?: at ([\d.]+ %)| \(no level yet\)): (.*)$");

        /// <summary>The line as the story prints it.</summary>
        public static string Of(string line)
        {
            Match m = NoRecord.Match(line);
            if (m.Success)
            {
                return $"flash: no {Store(m.Groups[1].Value)} stored yet";
            }

            m = Saved.Match(line);
            if (m.Success)
            {
                return $"flash: {Store(m.Groups[1].Value)} saved ({m.Groups[2].Value} bytes)";
            }

            m = Loaded.Match(line);
            if (m.Success)
            {
                return $"flash: {Store(m.Groups[1].Value)} read back";
            }

            m = Wiped.Match(line);
            if (m.Success)
            {
                return $"flash: {Store(m.Groups[1].Value)} erased";
            }

            m = DrsSlotCall.Match(line);
            if (m.Success)
            {
                string result = m.Groups[3].Value
                    .Replace("STANDARD_ORDER_PLACED", "order placed")
                    .Replace("TEST_ORDER_PLACED", "test order placed")
                    .Replace("ORDER_INPROGRESS", "an order is already open");
                return $"DRS {m.Groups[1].Value} of {m.Groups[2].Value}: {result}";
            }

            m = SlotPhase.Match(line);
            if (m.Success)
            {
                string phase = m.Groups[3].Value switch
                {
                    "armed" => "watching",
                    "pending" => "order due",
                    _ => "order placed",
                };
                string level = m.Groups[4].Success ? "at " + m.Groups[4].Value : "no reading yet";
                return $"slot {m.Groups[1].Value} (DRS {m.Groups[2].Value}, {level}, {phase}): {m.Groups[5].Value.Replace("ordering re-armed", "the next low level orders again")}";
            }

            return line;
        }

        private static string Store(string name) => name switch
        {
            "tokens" => "LWA tokens",
            "replenish" => "order state of the slots",
            _ => "count of DRS refusals",
        };
    }
}
