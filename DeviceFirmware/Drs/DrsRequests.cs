using System;
using DeviceFirmware.Net;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// Builds the HTTP request of a DRS call: base URL + path (+ encoded parameter), then the
    /// headers every call carries (Authorization: Bearer with the token as it is,
    /// x-amzn-type-version, x-amzn-accept-type), then the body the call takes: none, empty
    /// (Content-Length: 0) or JSON. The request's ToString shows method and URL only.
    /// </summary>
    public static class DrsRequests
    {
        /// <summary>Header carrying the access token.</summary>
        public const string AuthorizationHeader = "Authorization";

        /// <summary>Scheme of the Authorization header (RFC 6750).</summary>
        public const string BearerPrefix = "Bearer ";

        /// <summary>Header naming the input type.</summary>
        public const string TypeVersionHeader = "x-amzn-type-version";

        /// <summary>Header naming the result type the device accepts.</summary>
        public const string AcceptTypeHeader = "x-amzn-accept-type";

        /// <summary>Content type of JSON bodies.</summary>
        public const string JsonContentType = "application/json";

        /// <summary>Builds the request of one call.</summary>
        /// <param name="operation">The DRS call.</param>
        /// <param name="baseUrl">DRS base URL without trailing '/' (drs.base_url).</param>
        /// <param name="parameter">Slot ID or event instance ID for calls that take one, otherwise null.</param>
        /// <param name="accessToken">The LWA access token, sent as it is.</param>
        /// <param name="jsonBody">The JSON body for calls that take one, otherwise null.</param>
        /// <returns>The request.</returns>
        /// <exception cref="ArgumentException">A missing or superfluous parameter or body, or an unfit token (the token is never quoted).</exception>
        public static HttpRequest Build(DrsOperation operation, string baseUrl, string parameter, string accessToken, string jsonBody)
        {
            if (operation == null)
            {
                throw new ArgumentNullException("operation");
            }

            if (baseUrl == null || baseUrl.Length == 0)
            {
                throw new ArgumentException("DRS base URL is missing", "baseUrl");
            }

            if (accessToken == null || accessToken.Length == 0)
            {
                throw new ArgumentException(operation + " needs an access token", "accessToken");
            }

            string url = baseUrl + operation.Path;
            if (operation.TakesParameter)
            {
                url += DrsPath.EncodeSegment(parameter);
            }
            else if (parameter != null)
            {
                throw new ArgumentException(operation + " takes no path parameter", "parameter");
            }

            HttpRequest request = new HttpRequest(operation.Method, url);
            request.AddHeader(AuthorizationHeader, BearerPrefix + accessToken);
            request.AddHeader(TypeVersionHeader, operation.TypeVersion);
            request.AddHeader(AcceptTypeHeader, operation.AcceptType);
            switch (operation.Body)
            {
                case DrsBodyKind.Empty:
                    RequireNoBody(operation, jsonBody);
                    request.SetBody(string.Empty, null);
                    break;
                case DrsBodyKind.Json:
                    if (jsonBody == null || jsonBody.Length == 0)
                    {
                        throw new ArgumentException(operation + " needs a JSON body", "jsonBody");
                    }

                    request.SetBody(jsonBody, JsonContentType);
                    break;
                default:
                    RequireNoBody(operation, jsonBody);
                    break;
            }

            return request;
        }

        private static void RequireNoBody(DrsOperation operation, string jsonBody)
        {
            if (jsonBody != null)
            {
                throw new ArgumentException(operation + " takes no body", "jsonBody");
            }
        }
    }
}
