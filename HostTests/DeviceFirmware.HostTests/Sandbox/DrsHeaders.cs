namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>The x-amzn-* header values of each DRS call, written out from Amazon's DRS endpoint pages (developer.amazon.com/docs/dash/*-endpoint.html), not taken from the sandbox.</summary>
    internal static class DrsHeaders
    {
        public const string P = "com.amazon.dash.replenishment.";
        public const string ReplenishIn = P + "DrsReplenishInput@1.0";
        public const string ReplenishOut = P + "DrsReplenishResult@1.0";
        public const string SlotStatusIn = P + "DrsSlotStatusInput@1.0";
        public const string SlotStatusOut = P + "DrsSlotStatusResult@1.0";
        public const string DeviceStatusIn = P + "DrsDeviceStatusInput@1.0";
        public const string DeviceStatusOut = P + "DrsDeviceStatusResult@1.0";
        public const string SubscriptionIn = P + "DrsSubscriptionInfoInput@1.0";
        public const string SubscriptionOutV2 = P + "DrsSubscriptionInfoResult@2.0";
        public const string SubscriptionOutV1 = P + "DrsSubscriptionInfoResult@1.0";
        public const string DeregisterIn = P + "DrsDeregisterInput@2.0";
        public const string DeregisterOut = P + "DrsDeregisterResult@1.0";
        public const string OrderInfoIn = P + "DrsOrderInfoInput@1.0";
        public const string OrderInfoOut = P + "DrsOrderInfoResult@1.0";
        public const string CancelIn = P + "DrsCancelTestOrdersInput@1.0";
        public const string CancelOut = P + "DrsCancelTestOrdersResult@1.0";
    }
}
