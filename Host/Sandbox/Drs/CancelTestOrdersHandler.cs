using System.Collections.Generic;
using System.Text.Json.Nodes;
using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.State;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>
    /// DELETE /testOrders/slots/{slotId} (one slot, unknown 404) or DELETE /testOrders (every slot): cancels
    /// pending test orders and answers {"slotOrderStatuses":[{"orderStatus":..,"slotId":..}]}, orderStatus
    /// NO_ORDER_IN_PROGRESS, or ORDER_IN_PROGRESS while a standard order (never cancelled here) is pending.
    /// </summary>
    internal sealed class CancelTestOrdersHandler
    {
        public const string NoOrderInProgress = "NO_ORDER_IN_PROGRESS";
        public const string OrderInProgress = "ORDER_IN_PROGRESS";

        private readonly SandboxState _state;

        public CancelTestOrdersHandler(SandboxState state)
        {
            _state = state;
        }

        public Reply Handle(DrsCall call)
        {
            var slots = new List<SlotState>();
            if (call.Parameter == null)
            {
                slots.AddRange(call.Registration.Slots);
            }
            else
            {
                SlotState slot = call.Registration.FindSlot(call.Parameter);
                if (slot == null)
                {
                    return Reply.Message(404, "Slot not found : " + call.Parameter);
                }

                slots.Add(slot);
            }

            int cancelled = 0;
            var statuses = new JsonArray();
            foreach (SlotState slot in slots)
            {
                foreach (Order order in call.Registration.Orders)
                {
                    if (order.Slot == slot && order.IsTest && order.IsPending(_state.Now, _state.Settings.DeliveryDelay))
                    {
                        order.CancelledAt = _state.Now;
                        cancelled++;
                    }
                }

                string status = _state.PendingOrder(call.Registration, slot) == null ? NoOrderInProgress : OrderInProgress;
                statuses.Add(new JsonObject { ["orderStatus"] = status, ["slotId"] = slot.SlotId });
            }

            var body = new JsonObject { ["slotOrderStatuses"] = statuses };
            return Reply.Json(200, body, cancelled + " test orders cancelled").With("x-amzn-type-version", call.AcceptType);
        }
    }
}
