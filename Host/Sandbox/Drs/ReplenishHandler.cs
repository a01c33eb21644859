using System.Text.Json.Nodes;
using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.State;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>
    /// POST /replenish/{slotId}: no body (Content-Length: 0). Places a TEST_ORDER_PLACED (test device) or
    /// STANDARD_ORDER_PLACED order, or answers ORDER_INPROGRESS while an earlier order of the slot is
    /// neither delivered nor cancelled. Unknown slot 404; unsubscribed slot 400 with DRS's message.
    /// </summary>
    internal sealed class ReplenishHandler
    {
        public const string StandardOrderPlaced = "STANDARD_ORDER_PLACED";
        public const string TestOrderPlaced = "TEST_ORDER_PLACED";
        public const string OrderInProgress = "ORDER_INPROGRESS";

        private readonly SandboxState _state;

        public ReplenishHandler(SandboxState state)
        {
            _state = state;
        }

        public Reply Handle(DrsCall call)
        {
            IncomingRequest request = call.Request;
            if (request.ContentLength == null && !request.IsChunked)
            {
                return Reply.Message(411, "Replenish needs Content-Length: 0 (the call has no body)");
            }

            if (request.Body.Length > 0)
            {
                return Reply.Message(400, "Replenish takes no body (send Content-Length: 0)");
            }

            SlotState slot = call.Registration.FindSlot(call.Parameter);
            if (slot == null)
            {
                return Reply.Message(404, "Slot not found : " + call.Parameter);
            }

            if (!slot.Subscribed)
            {
                return Reply.Message(400, "Unable to place order - slot : " + slot.SlotId + " is unsubscribed.");
            }

            Order pending = _state.PendingOrder(call.Registration, slot);
            if (pending != null)
            {
                return Result(_state.RecordInProgressEvent(pending), OrderInProgress, call.AcceptType);
            }

            Order order = _state.PlaceOrder(call.Registration, slot);
            return Result(order.EventInstanceId, order.IsTest ? TestOrderPlaced : StandardOrderPlaced, call.AcceptType);
        }

        private static Reply Result(string eventInstanceId, string detailCode, string acceptType)
        {
            var body = new JsonObject { ["eventInstanceId"] = eventInstanceId, ["detailCode"] = detailCode };
            return Reply.Json(200, body, detailCode).With("x-amzn-type-version", acceptType);
        }
    }
}
