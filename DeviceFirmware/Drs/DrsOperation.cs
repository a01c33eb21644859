using DeviceFirmware.Net;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// One call of the DRS v1 device API: its method, path and body, and the exact
    /// x-amzn-type-version and x-amzn-accept-type values it requires (the table of
    /// Amazon's DRS device API reference; every type is <see cref="TypePrefix"/> followed by a name@version).
    /// </summary>
    public sealed class DrsOperation
    {
        /// <summary>Prefix of every DRS input and result type name.</summary>
        public const string TypePrefix = "com.amazon.dash.replenishment.";

        /// <summary>POST /replenish/{slotId}, no body (Content-Length: 0).</summary>
        public static readonly DrsOperation Replenish = new DrsOperation("replenish", HttpMethods.Post, "/replenish/", true, DrsBodyKind.Empty, "DrsReplenishInput@1.0", "DrsReplenishResult@1.0");

        /// <summary>POST /slotStatus/{slotId}, JSON body.</summary>
        public static readonly DrsOperation SlotStatus = new DrsOperation("slot status", HttpMethods.Post, "/slotStatus/", true, DrsBodyKind.Json, "DrsSlotStatusInput@1.0", "DrsSlotStatusResult@1.0");

        /// <summary>POST /deviceStatus, JSON body.</summary>
        public static readonly DrsOperation DeviceStatus = new DrsOperation("device status", HttpMethods.Post, "/deviceStatus", false, DrsBodyKind.Json, "DrsDeviceStatusInput@1.0", "DrsDeviceStatusResult@1.0");

        /// <summary>GET /subscriptionInfo; asks for the v2 result (the parser reads v1 too).</summary>
        public static readonly DrsOperation SubscriptionInfo = new DrsOperation("subscription info", HttpMethods.Get, "/subscriptionInfo", false, DrsBodyKind.None, "DrsSubscriptionInfoInput@1.0", "DrsSubscriptionInfoResult@2.0");

        /// <summary>DELETE /registration.</summary>
        public static readonly DrsOperation Deregister = new DrsOperation("deregistration", HttpMethods.Delete, "/registration", false, DrsBodyKind.None, "DrsDeregisterInput@2.0", "DrsDeregisterResult@1.0");

        /// <summary>GET /getOrderInfo/{eventInstanceId}.</summary>
        public static readonly DrsOperation OrderInfo = new DrsOperation("order info", HttpMethods.Get, "/getOrderInfo/", true, DrsBodyKind.None, "DrsOrderInfoInput@1.0", "DrsOrderInfoResult@1.0");

        /// <summary>DELETE /testOrders/slots/{slotId}: cancels the test order of one slot.</summary>
        public static readonly DrsOperation CancelTestOrder = new DrsOperation("cancel test order", HttpMethods.Delete, "/testOrders/slots/", true, DrsBodyKind.None, "DrsCancelTestOrdersInput@1.0", "DrsCancelTestOrdersResult@1.0");

        /// <summary>DELETE /testOrders: cancels the test orders of every slot.</summary>
        public static readonly DrsOperation CancelAllTestOrders = new DrsOperation("cancel test orders", HttpMethods.Delete, "/testOrders", false, DrsBodyKind.None, "DrsCancelTestOrdersInput@1.0", "DrsCancelTestOrdersResult@1.0");

        private readonly string _name;
        private readonly string _method;
        private readonly string _path;
        private readonly bool _takesParameter;
        private readonly DrsBodyKind _body;
        private readonly string _typeVersion;
        private readonly string _acceptType;

        private DrsOperation(string name, string method, string path, bool takesParameter, DrsBodyKind body, string inputType, string resultType)
        {
            _name = name;
            _method = method;
            _path = path;
            _takesParameter = takesParameter;
            _body = body;
            _typeVersion = TypePrefix + inputType;
            _acceptType = TypePrefix + resultType;
        }

        /// <summary>Name for log lines and messages, e.g. "replenish".</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>HTTP method, e.g. "POST".</summary>
        public string Method
        {
            get { return _method; }
        }

        /// <summary>Path after the base URL; for calls with a parameter it ends with '/' and the encoded parameter follows.</summary>
        public string Path
        {
            get { return _path; }
        }

        /// <summary>True when the path ends with a parameter (slot ID or event instance ID).</summary>
        public bool TakesParameter
        {
            get { return _takesParameter; }
        }

        /// <summary>What the request carries as its body.</summary>
        public DrsBodyKind Body
        {
            get { return _body; }
        }

        /// <summary>The x-amzn-type-version value (the input type).</summary>
        public string TypeVersion
        {
            get { return _typeVersion; }
        }

        /// <summary>The x-amzn-accept-type value (the result type).</summary>
        public string AcceptType
        {
            get { return _acceptType; }
        }

        /// <summary>The name, for messages.</summary>
        /// <returns>For example "DRS replenish".</returns>
        public override string ToString()
        {
            return "DRS " + _name;
        }
    }
}
