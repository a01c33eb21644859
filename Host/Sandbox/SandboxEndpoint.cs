namespace DeviceFirmware.Sandbox
{
    /// <summary>
    /// The sandbox's endpoints, as named in the request log and by fault injection. <see cref="Any"/>
    /// and <see cref="AnyDrs"/> only select faults; a logged request never has them.
    /// </summary>
    public enum SandboxEndpoint
    {
        /// <summary>No endpoint: an unknown path (answered 404).</summary>
        Unknown,

        /// <summary>LWA authorize, GET /ap/oa.</summary>
        Authorize,

        /// <summary>LWA token, POST /auth/o2/token (both grants; the log's GrantType tells them apart).</summary>
        Token,

        /// <summary>DRS replenish, POST /replenish/{slotId}.</summary>
        Replenish,

        /// <summary>DRS slot status, POST /slotStatus/{slotId}.</summary>
        SlotStatus,

        /// <summary>DRS device status, POST /deviceStatus.</summary>
        DeviceStatus,

        /// <summary>DRS subscription info, GET /subscriptionInfo.</summary>
        SubscriptionInfo,

        /// <summary>DRS deregistration, DELETE /registration.</summary>
        Deregister,

        /// <summary>DRS order info, GET /getOrderInfo/{eventInstanceId}.</summary>
        OrderInfo,

        /// <summary>DRS cancel test orders, DELETE /testOrders/slots/{slotId} or DELETE /testOrders.</summary>
        CancelTestOrders,

        /// <summary>Fault selector: every endpoint.</summary>
        Any,

        /// <summary>Fault selector: every DRS endpoint (not authorize, not token).</summary>
        AnyDrs,
    }
}
