using DeviceFirmware.Json;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// The answer to order info:
    /// {"orderInfoData":{"instanceId":"...","orderItems":[{"asin","expectedDeliveryDate","quantity","slotId","status"}]}}.
    /// </summary>
    public sealed class OrderInfo
    {
        private readonly string _instanceId;
        private readonly OrderItem[] _items;

        /// <summary>Creates the result.</summary>
        /// <param name="instanceId">The event instance ID.</param>
        /// <param name="items">The order's items.</param>
        public OrderInfo(string instanceId, OrderItem[] items)
        {
            _instanceId = instanceId;
            _items = items == null ? new OrderItem[0] : items;
        }

        /// <summary>The event instance ID.</summary>
        public string InstanceId
        {
            get { return _instanceId; }
        }

        /// <summary>Number of items.</summary>
        public int ItemCount
        {
            get { return _items.Length; }
        }

        /// <summary>An item.</summary>
        /// <param name="index">0-based index.</param>
        /// <returns>The item.</returns>
        public OrderItem ItemAt(int index)
        {
            return _items[index];
        }

        /// <summary>Parses a 2xx order info body.</summary>
        /// <param name="statusCode">The response's status.</param>
        /// <param name="body">The body.</param>
        /// <returns>The result.</returns>
        /// <exception cref="DrsException"><see cref="DrsFailure.BadResponse"/>: not the documented shape.</exception>
        public static OrderInfo Parse(int statusCode, string body)
        {
            DrsBody reader = DrsBody.Parse(DrsOperation.OrderInfo, statusCode, body);
            JsonObject data = reader.RequiredObject(reader.Root, "orderInfoData");
            string instanceId = reader.OptionalString(data, "instanceId");
            JsonArray list = reader.OptionalArray(data, "orderItems");
            OrderItem[] items = new OrderItem[list == null ? 0 : list.Count];
            for (int i = 0; i < items.Length; i++)
            {
                JsonObject item = reader.ObjectAt(list, i, "orderItems");
                items[i] = new OrderItem(
                    reader.RequiredString(item, "slotId"),
                    reader.OptionalString(item, "asin"),
                    reader.OptionalString(item, "status"),
                    reader.OptionalString(item, "expectedDeliveryDate"),
                    reader.OptionalNumber(item, "quantity", 0));
            }

            return new OrderInfo(instanceId, items);
        }
    }
}
