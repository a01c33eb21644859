using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.State;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>A DRS request that passed the gate: whose token it carries, which result type it asked for.</summary>
    internal sealed class DrsCall
    {
        public DrsCall(IncomingRequest request, string parameter, Registration registration, string acceptType)
        {
            Request = request;
            Parameter = parameter;
            Registration = registration;
            AcceptType = acceptType;
        }

        public IncomingRequest Request { get; }

        /// <summary>The path parameter (slot ID, event instance ID), or null.</summary>
        public string Parameter { get; }

        /// <summary>The registration the access token belongs to (active).</summary>
        public Registration Registration { get; }

        /// <summary>The x-amzn-accept-type sent (one the endpoint accepts).</summary>
        public string AcceptType { get; }

        /// <summary>A 200 with no body and the result type header, as DRS documents for status calls.</summary>
        public Reply EmptyOk(string outcome) => Reply.Empty(200, outcome).With("x-amzn-type-version", AcceptType);
    }
}
