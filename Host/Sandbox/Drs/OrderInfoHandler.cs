using System;
using System.Text.Json.Nodes;
using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.State;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>
    /// GET /getOrderInfo/{eventInstanceId}: {"orderInfoData":{"instanceId":..,"orderItems":[{"asin",
    /// "expectedDeliveryDate","quantity","slotId","status"}]}} for an event of the caller's registration,
    /// status Pending, Delivered or Cancelled; another registration's or an unknown event is 400.
    /// </summary>
    internal sealed class OrderInfoHandler
    {
        // When no delivery delay is configured, the promised date is two days out (a typical Prime promise).
        private static readonly TimeSpan DefaultPromise = TimeSpan.FromDays(2);

        private readonly SandboxState _state;

        public OrderInfoHandler(SandboxState state)
        {
            _state = state;
        }

        public Reply Handle(DrsCall call)
        {
            Order order = _state.FindOrderByEvent(call.Parameter);
            if (order == null || order.Registration != call.Registration)
            {
                return Reply.Message(400, "Unknown eventInstanceId : " + call.Parameter);
            }

            DateTimeOffset promised = order.PlacedAt + (_state.Settings.DeliveryDelay ?? DefaultPromise);
            var item = new JsonObject
            {
                ["asin"] = order.Slot.Config.Asin,
                ["expectedDeliveryDate"] = IsoUtcDate.Format(promised),
                ["quantity"] = order.Slot.Config.Quantity,
                ["slotId"] = order.Slot.SlotId,
                ["status"] = order.Status(_state.Now, _state.Settings.DeliveryDelay),
            };
            var body = new JsonObject
            {
                ["orderInfoData"] = new JsonObject { ["instanceId"] = call.Parameter, ["orderItems"] = new JsonArray { item } },
            };
            return Reply.Json(200, body, "order " + item["status"]).With("x-amzn-type-version", call.AcceptType);
        }
    }
}
