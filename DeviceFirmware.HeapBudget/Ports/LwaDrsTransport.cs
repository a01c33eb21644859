using DeviceFirmware.HeapBudget.Flow;
using DeviceFirmware.HeapBudget.Reporting;
using DeviceFirmware.Net;
using DeviceFirmware.Time;

namespace DeviceFirmware.HeapBudget.Ports
{
    /// <summary>
    /// LWA's token endpoint and the DRS calls of the flow, answering as the real ones do: the code exchange and
    /// the refresh give a fresh access token valid <see cref="AccessTokenSeconds"/> (the refresh token stays the
    /// same), DRS takes only the current, unexpired access token (otherwise 400 {"message":"Invalid token"}),
    /// and replenish places one order, then answers ORDER_INPROGRESS. Counts, keeps no request.
    /// </summary>
    public sealed class LwaDrsTransport : IHttpTransport
    {
        /// <summary>Lifetime of an access token (LWA's).</summary>
        public const int AccessTokenSeconds = 3600;

        private readonly IClock _clock;
        private readonly PeakSampler _peak;
        private int _issued;
        private long _expiresTicks;
        private bool _orderInProgress;

        /// <summary>Creates the fake; it judges expiry by <paramref name="clock"/>.</summary>
        /// <param name="clock">The flow's clock.</param>
        /// <param name="peak">Sampled at every request, with the request alive.</param>
        public LwaDrsTransport(IClock clock, PeakSampler peak)
        {
            _clock = clock;
            _peak = peak;
        }

        /// <summary>Code exchanges answered.</summary>
        public int CodeExchanges { get; private set; }

        /// <summary>Refreshes answered.</summary>
        public int Refreshes { get; private set; }

        /// <summary>DRS calls answered 2xx.</summary>
        public int DrsCalls { get; private set; }

        /// <summary>Slot status calls accepted.</summary>
        public int SlotStatusCalls { get; private set; }

        /// <summary>Orders placed.</summary>
        public int OrdersPlaced { get; private set; }

        /// <summary>Requests refused (bad token, unknown call, wrong grant).</summary>
        public int Refusals { get; private set; }

        /// <inheritdoc />
        public HttpResponse Send(HttpRequest request)
        {
            // The request is alive here; the response and the parse follow.
            _peak.Sample();
            if (request.Url == BudgetSettings.TokenUrl)
            {
                return Token(request);
            }

            if (!OrdinalText.StartsWith(request.Url, BudgetSettings.DrsBaseUrl))
            {
                throw new HttpTransportException(HttpFailureKind.ConnectionFailed, "unknown host");
            }

            string authorization = request.GetHeader("Authorization");
            if (_issued == 0 || _clock.UtcNow.Ticks >= _expiresTicks || authorization != "Bearer " + FakeTokens.Access(_issued))
            {
                return Refuse(400, "{\"message\":\"Invalid token\"}");
            }

            return Drs(request.Method, request.Url.Substring(BudgetSettings.DrsBaseUrl.Length));
        }

        private HttpResponse Token(HttpRequest request)
        {
            string body = request.Body;
            if (body != null && OrdinalText.StartsWith(body, "grant_type=authorization_code&"))
            {
                CodeExchanges++;
            }
            else if (body != null && OrdinalText.StartsWith(body, "grant_type=refresh_token&") && CodeExchanges > 0)
            {
                Refreshes++;
            }
            else
            {
                return Refuse(400, "{\"error_description\":\"unexpected grant\",\"error\":\"invalid_request\"}");
            }

            _issued++;
            _expiresTicks = _clock.UtcNow.Ticks + (AccessTokenSeconds * System.TimeSpan.TicksPerSecond);
            return new HttpResponse(200, "{\"access_token\":\"" + FakeTokens.Access(_issued) + "\",\"refresh_token\":\"" + FakeTokens.Refresh()
                + "\",\"token_type\":\"bearer\",\"expires_in\":" + AccessTokenSeconds + "}");
        }

        private HttpResponse Drs(string method, string path)
        {
            if (method == "GET" && path == "/subscriptionInfo")
            {
                return Accepted("{\"slotsSubscriptionStatus\":{\"" + BudgetSettings.SlotId
                    + "\":{\"subscribed\":true,\"productInfoList\":[{\"asin\":\"B0000TEST\",\"quantity\":1,\"unit\":\"count\"}]}}}");
            }

            if (method == "POST" && path == "/deviceStatus")
            {
                return Accepted(string.Empty);
            }

            if (method == "POST" && path == "/slotStatus/" + BudgetSettings.SlotId)
            {
                SlotStatusCalls++;
                return Accepted(string.Empty);
            }

            if (method == "POST" && path == "/replenish/" + BudgetSettings.SlotId)
            {
                string detail = _orderInProgress ? "ORDER_INPROGRESS" : "STANDARD_ORDER_PLACED";
                if (!_orderInProgress)
                {
                    _orderInProgress = true;
                    OrdersPlaced++;
                }

                return Accepted("{\"eventInstanceId\":\"amzn1.dash.v2.o.ro.event-" + (DrsCalls + 1) + "\",\"detailCode\":\"" + detail + "\"}");
            }

            return Refuse(404, "{\"message\":\"no such call\"}");
        }

        private HttpResponse Accepted(string body)
        {
            DrsCalls++;
            return new HttpResponse(200, body);
        }

        private HttpResponse Refuse(int status, string body)
        {
            Refusals++;
            return new HttpResponse(status, body);
        }
    }
}
