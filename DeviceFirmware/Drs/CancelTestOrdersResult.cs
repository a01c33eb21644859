using DeviceFirmware.Json;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// The answer to cancel test order(s): {"slotOrderStatuses":[{"orderStatus":"NO_ORDER_IN_PROGRESS","slotId":"slot1"}]}.
    /// A pending test order blocks replenish with ORDER_INPROGRESS until it is cancelled.
    /// </summary>
    public sealed class CancelTestOrdersResult
    {
        private readonly SlotOrderStatus[] _slots;

        /// <summary>Creates the result.</summary>
        /// <param name="slots">One entry per slot.</param>
        public CancelTestOrdersResult(SlotOrderStatus[] slots)
        {
            _slots = slots == null ? new SlotOrderStatus[0] : slots;
        }

        /// <summary>Number of slots listed.</summary>
        public int SlotCount
        {
            get { return _slots.Length; }
        }

        /// <summary>A slot's entry.</summary>
        /// <param name="index">0-based index.</param>
        /// <returns>The entry.</returns>
        public SlotOrderStatus SlotAt(int index)
        {
            return _slots[index];
        }

        /// <summary>Parses a 2xx cancel test order body.</summary>
        /// <param name="operation">Which of the two cancel calls answered (for messages).</param>
        /// <param name="statusCode">The response's status.</param>
        /// <param name="body">The body.</param>
        /// <returns>The result.</returns>
        /// <exception cref="DrsException"><see cref="DrsFailure.BadResponse"/>: not the documented shape.</exception>
        public static CancelTestOrdersResult Parse(DrsOperation operation, int statusCode, string body)
        {
            DrsBody reader = DrsBody.Parse(operation, statusCode, body);
            JsonArray list = reader.RequiredArray(reader.Root, "slotOrderStatuses");
            SlotOrderStatus[] slots = new SlotOrderStatus[list.Count];
            for (int i = 0; i < slots.Length; i++)
            {
                JsonObject entry = reader.ObjectAt(list, i, "slotOrderStatuses");
                slots[i] = new SlotOrderStatus(reader.RequiredString(entry, "slotId"), reader.RequiredString(entry, "orderStatus"));
            }

            return new CancelTestOrdersResult(slots);
        }
    }
}
