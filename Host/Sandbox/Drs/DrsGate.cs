using System;
using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.State;
using Microsoft.Extensions.Primitives;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>
    /// What every DRS call must carry: Authorization: Bearer with a live access token (otherwise 400
    /// {"message":"Invalid token"}, as DRS answers), then x-amzn-type-version and x-amzn-accept-type
    /// exactly as the endpoint requires (otherwise 400 naming the header and the expected value).
    /// </summary>
    internal static class DrsGate
    {
        public const string InvalidToken = "Invalid token";

        /// <summary>The call, or null with <paramref name="refusal"/> set.</summary>
        public static DrsCall Admit(SandboxState state, IncomingRequest request, SandboxEndpoint endpoint, string parameter, out Reply refusal, out string presentedToken)
        {
            presentedToken = null;
            StringValues authorization = request.Header("Authorization");
            if (authorization.Count == 0)
            {
                refusal = Reply.Message(400, "Missing Authorization header (expected Bearer <access token>)");
                return null;
            }

            string header = authorization.Count == 1 ? authorization[0] : null;
            if (header == null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length == "Bearer ".Length)
            {
                refusal = Reply.Message(400, "Authorization must be one header: Bearer <access token>");
                return null;
            }

            presentedToken = header.Substring("Bearer ".Length);
            AccessTokenRecord token = state.FindAccessToken(presentedToken);
            if (token == null || !token.IsValidAt(state.Now))
            {
                refusal = Reply.Message(400, InvalidToken);
                return null;
            }

            DrsContract contract = DrsContract.For(endpoint);
            string typeVersion = SingleHeader(request, "x-amzn-type-version");
            if (!string.Equals(typeVersion, contract.TypeVersion, StringComparison.Ordinal))
            {
                refusal = Reply.Message(400, HeaderProblem("x-amzn-type-version", typeVersion, contract.TypeVersion));
                return null;
            }

            string acceptType = SingleHeader(request, "x-amzn-accept-type");
            if (acceptType == null || !contract.Accepts(acceptType))
            {
                refusal = Reply.Message(400, HeaderProblem("x-amzn-accept-type", acceptType, string.Join(" or ", contract.AcceptTypes)));
                return null;
            }

            refusal = null;
            return new DrsCall(request, parameter, token.Family.Registration, acceptType);
        }

        private static string SingleHeader(IncomingRequest request, string name)
        {
            StringValues values = request.Header(name);
            return values.Count == 1 ? values[0] : null;
        }

        private static string HeaderProblem(string name, string got, string expected)
        {
            string gotText = got == null ? "missing or repeated" : "'" + (got.Length <= 100 ? got : got.Substring(0, 100) + "...") + "'";
            return "Header " + name + " is " + gotText + ": this endpoint takes " + expected;
        }
    }
}
