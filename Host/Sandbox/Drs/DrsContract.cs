using System;
using System.Collections.Generic;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>
    /// The x-amzn-type-version and x-amzn-accept-type values each DRS endpoint requires, exactly as
    /// Amazon's DRS device API reference lists them (prefix com.amazon.dash.replenishment.).
    /// </summary>
    internal sealed class DrsContract
    {
        public const string Prefix = "com.amazon.dash.replenishment.";

        private static readonly Dictionary<SandboxEndpoint, DrsContract> Table = new Dictionary<SandboxEndpoint, DrsContract>
        {
            [SandboxEndpoint.Replenish] = new DrsContract("DrsReplenishInput@1.0", "DrsReplenishResult@1.0"),
            [SandboxEndpoint.SlotStatus] = new DrsContract("DrsSlotStatusInput@1.0", "DrsSlotStatusResult@1.0"),
            [SandboxEndpoint.DeviceStatus] = new DrsContract("DrsDeviceStatusInput@1.0", "DrsDeviceStatusResult@1.0"),
            [SandboxEndpoint.SubscriptionInfo] = new DrsContract("DrsSubscriptionInfoInput@1.0", "DrsSubscriptionInfoResult@2.0", "DrsSubscriptionInfoResult@1.0"),
            [SandboxEndpoint.Deregister] = new DrsContract("DrsDeregisterInput@2.0", "DrsDeregisterResult@1.0"),
            [SandboxEndpoint.OrderInfo] = new DrsContract("DrsOrderInfoInput@1.0", "DrsOrderInfoResult@1.0"),
            [SandboxEndpoint.CancelTestOrders] = new DrsContract("DrsCancelTestOrdersInput@1.0", "DrsCancelTestOrdersResult@1.0"),
        };

        private DrsContract(string typeVersion, params string[] acceptTypes)
        {
            TypeVersion = Prefix + typeVersion;
            var accepted = new string[acceptTypes.Length];
            for (int i = 0; i < acceptTypes.Length; i++)
            {
                accepted[i] = Prefix + acceptTypes[i];
            }

            AcceptTypes = Array.AsReadOnly(accepted);
        }

        /// <summary>The one x-amzn-type-version the endpoint takes.</summary>
        public string TypeVersion { get; }

        /// <summary>The x-amzn-accept-type values it takes (two for subscription info: @2.0 and @1.0).</summary>
        public IReadOnlyList<string> AcceptTypes { get; }

        /// <summary>Whether the endpoint is a DRS one.</summary>
        public static bool IsDrs(SandboxEndpoint endpoint) => Table.ContainsKey(endpoint);

        public static DrsContract For(SandboxEndpoint endpoint) => Table[endpoint];

        /// <summary>Whether <paramref name="acceptType"/> is one the endpoint takes.</summary>
        public bool Accepts(string acceptType)
        {
            foreach (string accepted in AcceptTypes)
            {
                if (string.Equals(accepted, acceptType, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
