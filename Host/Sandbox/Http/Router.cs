using System;

namespace DeviceFirmware.Sandbox.Http
{
    /// <summary>Maps method and path to an endpoint: the paths of Amazon's DRS device API exactly (case-sensitive, no trailing slash).</summary>
    internal static class Router
    {
        public static Route Match(string method, string path)
        {
            string parameter;
            if (path == "/ap/oa")
            {
                return Make(SandboxEndpoint.Authorize, "GET", method, null);
            }

            if (path == "/auth/o2/token")
            {
                return Make(SandboxEndpoint.Token, "POST", method, null);
            }

            if (TrySegment(path, "/replenish/", out parameter))
            {
                return Make(SandboxEndpoint.Replenish, "POST", method, parameter);
            }

            if (TrySegment(path, "/slotStatus/", out parameter))
            {
                return Make(SandboxEndpoint.SlotStatus, "POST", method, parameter);
            }

            if (path == "/deviceStatus")
            {
                return Make(SandboxEndpoint.DeviceStatus, "POST", method, null);
            }

            if (path == "/subscriptionInfo")
            {
                return Make(SandboxEndpoint.SubscriptionInfo, "GET", method, null);
            }

            if (path == "/registration")
            {
                return Make(SandboxEndpoint.Deregister, "DELETE", method, null);
            }

            if (TrySegment(path, "/getOrderInfo/", out parameter))
            {
                return Make(SandboxEndpoint.OrderInfo, "GET", method, parameter);
            }

            if (TrySegment(path, "/testOrders/slots/", out parameter))
            {
                return Make(SandboxEndpoint.CancelTestOrders, "DELETE", method, parameter);
            }

            if (path == "/testOrders")
            {
                return Make(SandboxEndpoint.CancelTestOrders, "DELETE", method, null);
            }

            return new Route(SandboxEndpoint.Unknown, null, null, false);
        }

        private static Route Make(SandboxEndpoint endpoint, string expectedMethod, string method, string parameter)
        {
            return new Route(endpoint, expectedMethod, parameter, string.Equals(method, expectedMethod, StringComparison.Ordinal));
        }

        private static bool TrySegment(string path, string prefix, out string segment)
        {
            segment = null;
            if (!path.StartsWith(prefix, StringComparison.Ordinal) || path.Length == prefix.Length)
            {
                return false;
            }

            string rest = path.Substring(prefix.Length);
            if (rest.IndexOf('/') >= 0)
            {
                return false;
            }

            segment = rest;
            return true;
        }
    }
}
