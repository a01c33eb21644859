using System.Text.Json.Nodes;
using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.State;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>
    /// GET /subscriptionInfo: v1 {"slotsSubscriptionStatus":{"slot1":true}} or, for accept type @2.0,
    /// {"slotsSubscriptionStatus":{"slot1":{"subscribed":true,"productInfoList":[{"asin":..,"quantity":..,"unit":..}]}}}.
    /// </summary>
    internal sealed class SubscriptionInfoHandler
    {
        private const string Version2 = DrsContract.Prefix + "DrsSubscriptionInfoResult@2.0";

        public Reply Handle(DrsCall call)
        {
            bool v2 = call.AcceptType == Version2;
            var slots = new JsonObject();
            foreach (SlotState slot in call.Registration.Slots)
            {
                if (!v2)
                {
                    slots[slot.SlotId] = slot.Subscribed;
                    continue;
                }

                var products = new JsonArray();
                if (slot.Subscribed)
                {
                    products.Add(new JsonObject { ["asin"] = slot.Config.Asin, ["quantity"] = slot.Config.Quantity, ["unit"] = slot.Config.Unit });
                }

                slots[slot.SlotId] = new JsonObject { ["subscribed"] = slot.Subscribed, ["productInfoList"] = products };
            }

            var body = new JsonObject { ["slotsSubscriptionStatus"] = slots };
            return Reply.Json(200, body, v2 ? "subscription info v2" : "subscription info v1").With("x-amzn-type-version", call.AcceptType);
        }
    }
}
