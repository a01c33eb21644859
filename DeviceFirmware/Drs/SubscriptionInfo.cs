using DeviceFirmware.Json;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// The answer to subscription info: which slots the customer subscribed. Both documented shapes
    /// are read: v1 {"slotsSubscriptionStatus":{"slot1":true}} and v2
    /// {"slotsSubscriptionStatus":{"slot1":{"subscribed":true,"productInfoList":[{"asin":"...","quantity":1,"unit":"count"}]}}}.
    /// </summary>
    public sealed class SubscriptionInfo
    {
        private readonly SlotSubscription[] _slots;

        /// <summary>Creates the result.</summary>
        /// <param name="slots">One entry per slot, in the order DRS listed them.</param>
        public SubscriptionInfo(SlotSubscription[] slots)
        {
            _slots = slots == null ? new SlotSubscription[0] : slots;
        }

        /// <summary>Number of slots listed.</summary>
        public int SlotCount
        {
            get { return _slots.Length; }
        }

        /// <summary>A slot's entry.</summary>
        /// <param name="index">0-based index.</param>
        /// <returns>The entry.</returns>
        public SlotSubscription SlotAt(int index)
        {
            return _slots[index];
        }

        /// <summary>The entry of a slot.</summary>
        /// <param name="slotId">DRS slot ID (exact).</param>
        /// <returns>The entry, or null when DRS did not list the slot.</returns>
        public SlotSubscription Find(string slotId)
        {
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].SlotId == slotId)
                {
                    return _slots[i];
                }
            }

            return null;
        }

        /// <summary>Parses a 2xx subscription info body, v1 or v2 shape (slot by slot: the shapes may even be mixed).</summary>
        /// <param name="statusCode">The response's status.</param>
        /// <param name="body">The body.</param>
        /// <returns>The result.</returns>
        /// <exception cref="DrsException"><see cref="DrsFailure.BadResponse"/>: not one of the documented shapes.</exception>
        public static SubscriptionInfo Parse(int statusCode, string body)
        {
            DrsBody reader = DrsBody.Parse(DrsOperation.SubscriptionInfo, statusCode, body);
            JsonObject status = reader.RequiredObject(reader.Root, "slotsSubscriptionStatus");
            SlotSubscription[] slots = new SlotSubscription[status.Count];
            for (int i = 0; i < status.Count; i++)
            {
                JsonMember member = status.MemberAt(i);
                JsonObject v2 = member.Value as JsonObject;
                if (v2 == null)
                {
                    slots[i] = new SlotSubscription(member.Name, reader.ToBool(member.Value, "slotsSubscriptionStatus." + member.Name), null);
                    continue;
                }

                bool subscribed = reader.RequiredBool(v2, "subscribed");
                JsonArray list = reader.OptionalArray(v2, "productInfoList");
                ProductInfo[] products = new ProductInfo[list == null ? 0 : list.Count];
                for (int p = 0; p < products.Length; p++)
                {
                    JsonObject product = reader.ObjectAt(list, p, "productInfoList");
                    products[p] = new ProductInfo(
                        reader.OptionalString(product, "asin"),
                        reader.OptionalNumber(product, "quantity", 0),
                        reader.OptionalString(product, "unit"));
                }

                slots[i] = new SlotSubscription(member.Name, subscribed, products);
            }

            return new SubscriptionInfo(slots);
        }
    }
}
