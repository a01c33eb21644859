using System;
using System.Collections.Generic;
using DeviceFirmware.Drs;
using DeviceFirmware.Net;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The device's own view of its HTTP traffic: wraps its transport, counts each request by endpoint
    /// (the sandbox's names) and whether it failed, and reads each replenish answer (order placed, or an
    /// order still open). The summary uses it when there is no sandbox log (external LWA and DRS).
    /// </summary>
    public sealed class DeviceRequestLog : IHttpTransport
    {
        private readonly IHttpTransport _inner;
        private readonly string _tokenUrl;
        private readonly string _drsBase;
        private readonly SortedDictionary<string, int> _byEndpoint = new SortedDictionary<string, int>();
        private readonly List<ReplenishAnswer> _replenishAnswers = new List<ReplenishAnswer>();

        /// <summary>Wraps <paramref name="inner"/>; requests to <paramref name="tokenUrl"/> are LWA's, under <paramref name="drsBaseUrl"/> DRS's.</summary>
        public DeviceRequestLog(IHttpTransport inner, string tokenUrl, string drsBaseUrl)
        {
            _inner = inner ?? throw new ArgumentNullException(nameof(inner));
            _tokenUrl = tokenUrl;
            _drsBase = drsBaseUrl;
        }

        /// <summary>Requests sent, per endpoint (Token, Replenish, SlotStatus, ...).</summary>
        public IReadOnlyDictionary<string, int> ByEndpoint => _byEndpoint;

        /// <summary>LWA refresh requests sent.</summary>
        public int Refreshes { get; private set; }

        /// <summary>LWA code exchanges sent.</summary>
        public int CodeExchanges { get; private set; }

        /// <summary>Requests answered 4xx/5xx or without an answer.</summary>
        public int Failed { get; private set; }

        /// <summary>Replenish calls answered 2xx, in order.</summary>
        public IReadOnlyList<ReplenishAnswer> ReplenishAnswers => _replenishAnswers;

        /// <inheritdoc />
        public HttpResponse Send(HttpRequest request)
        {
            string endpoint = EndpointOf(request);
            _byEndpoint[endpoint] = (_byEndpoint.TryGetValue(endpoint, out int n) ? n : 0) + 1;
            if (endpoint == "Token" && request.Body != null)
            {
                Refreshes += request.Body.Contains("grant_type=refresh_token", StringComparison.Ordinal) ? 1 : 0;
                CodeExchanges += request.Body.Contains("grant_type=authorization_code", StringComparison.Ordinal) ? 1 : 0;
            }

            HttpResponse response;
            try
            {
                response = _inner.Send(request);
            }
            catch (HttpTransportException)
            {
                Failed++;
                throw;
            }

            if (response.StatusCode >= 400)
            {
                Failed++;
            }
            else if (endpoint == "Replenish")
            {
                try
                {
                    ReplenishResult result = ReplenishResult.Parse(response.StatusCode, response.Body);
                    string slot = request.Url.Substring(request.Url.LastIndexOf('/') + 1);
                    _replenishAnswers.Add(new ReplenishAnswer(slot, result.EventInstanceId, result.Detail));
                }
                catch (DrsException)
                {
                    // A malformed answer: the firmware reports it; nothing was placed as far as the device knows.
                }
            }

            return response;
        }

        private string EndpointOf(HttpRequest request)
        {
            string url = request.Url;
            if (_tokenUrl != null && url == _tokenUrl)
            {
                return "Token";
            }

            string path = _drsBase != null && url.StartsWith(_drsBase, StringComparison.Ordinal) ? url.Substring(_drsBase.Length) : new Uri(url).AbsolutePath;
            int query = path.IndexOf('?');
            path = query >= 0 ? path.Substring(0, query) : path;
            if (path.StartsWith("/replenish/", StringComparison.Ordinal))
            {
                return "Replenish";
            }

            if (path.StartsWith("/slotStatus/", StringComparison.Ordinal))
            {
                return "SlotStatus";
            }

            if (path.StartsWith("/getOrderInfo/", StringComparison.Ordinal))
            {
                return "OrderInfo";
            }

            if (path.StartsWith("/testOrders", StringComparison.Ordinal))
            {
                return "CancelTestOrders";
            }

            return path switch
            {
                "/deviceStatus" => "DeviceStatus",
                "/subscriptionInfo" => "SubscriptionInfo",
                "/registration" => "Deregister",
                _ => url == _tokenUrl || path.EndsWith("/token", StringComparison.Ordinal) ? "Token" : "Other",
            };
        }
    }

    /// <summary>One replenish answer the device received.</summary>
    public sealed record ReplenishAnswer(string SlotId, string EventInstanceId, ReplenishDetail Detail)
    {
        /// <summary>True when it placed an order (standard or test); false: an order was still open (ORDER_INPROGRESS).</summary>
        public bool PlacedOrder => Detail != ReplenishDetail.OrderInProgress;
    }
}
