namespace DeviceFirmware.Sandbox.Http
{
    /// <summary>Where a request goes: the endpoint its path names, its path parameter, and whether its method is the endpoint's.</summary>
    internal sealed class Route
    {
        public Route(SandboxEndpoint endpoint, string method, string parameter, bool methodAllowed)
        {
            Endpoint = endpoint;
            Method = method;
            Parameter = parameter;
            MethodAllowed = methodAllowed;
        }

        /// <summary>The endpoint, or <see cref="SandboxEndpoint.Unknown"/>.</summary>
        public SandboxEndpoint Endpoint { get; }

        /// <summary>The method the endpoint takes (for a 405's Allow header).</summary>
        public string Method { get; }

        /// <summary>The path parameter (slot ID, event instance ID), or null when the path has none.</summary>
        public string Parameter { get; }

        /// <summary>Whether the request used the endpoint's method.</summary>
        public bool MethodAllowed { get; }
    }
}
