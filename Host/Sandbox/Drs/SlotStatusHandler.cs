using System;
using System.Collections.Generic;
using System.Text.Json;
using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.State;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>
    /// POST /slotStatus/{slotId}: a JSON object with exactly expectedReplenishmentDate and lastUseDate
    /// (ISO-8601 UTC) and remainingQuantityInUnit, originalQuantityInUnit, totalQuantityOnHand (numbers,
    /// not negative, fractions allowed). Recorded on the slot; 200 with no body.
    /// </summary>
    internal sealed class SlotStatusHandler
    {
        private static readonly string[] Fields = { "expectedReplenishmentDate", "remainingQuantityInUnit", "originalQuantityInUnit", "totalQuantityOnHand", "lastUseDate" };

        private readonly SandboxState _state;

        public SlotStatusHandler(SandboxState state)
        {
            _state = state;
        }

        public Reply Handle(DrsCall call)
        {
            SlotState slot = call.Registration.FindSlot(call.Parameter);
            if (slot == null)
            {
                return Reply.Message(404, "Slot not found : " + call.Parameter);
            }

            if (!call.Request.HasMediaType("application/json"))
            {
                return Reply.Message(400, "Content-Type must be application/json");
            }

            Dictionary<string, JsonElement> members = JsonBody.Members(call.Request.Body, out string error);
            if (members == null)
            {
                return Reply.Message(400, error);
            }

            foreach (string name in members.Keys)
            {
                if (Array.IndexOf(Fields, name) < 0)
                {
                    return Reply.Message(400, "Unknown field " + name + " (slot status takes " + string.Join(", ", Fields) + ")");
                }
            }

            if (!Date(members, "expectedReplenishmentDate", out DateTimeOffset expected, out error)
                || !Quantity(members, "remainingQuantityInUnit", out double remaining, out error)
                || !Quantity(members, "originalQuantityInUnit", out double original, out error)
                || !Quantity(members, "totalQuantityOnHand", out double onHand, out error)
                || !Date(members, "lastUseDate", out DateTimeOffset lastUse, out error))
            {
                return Reply.Message(400, error);
            }

            slot.LastStatus = new SandboxSlotStatus(expected, remaining, original, onHand, lastUse, _state.Now);
            slot.StatusReports++;
            return call.EmptyOk("slot status recorded");
        }

        /// <summary>Reads a required ISO-8601 UTC date member.</summary>
        public static bool Date(Dictionary<string, JsonElement> members, string name, out DateTimeOffset value, out string error)
        {
            value = default;
            if (!members.TryGetValue(name, out JsonElement element) || element.ValueKind != JsonValueKind.String || !IsoUtcDate.TryParse(element.GetString(), out value))
            {
                error = name + " must be an ISO-8601 UTC date string such as 2015-12-21T10:00:00Z";
                return false;
            }

            error = null;
            return true;
        }

        private static bool Quantity(Dictionary<string, JsonElement> members, string name, out double value, out string error)
        {
            value = 0;
            if (!members.TryGetValue(name, out JsonElement element) || element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out value) || double.IsInfinity(value) || value < 0)
            {
                error = name + " must be a JSON number, 0 or more";
                return false;
            }

            error = null;
            return true;
        }
    }
}
