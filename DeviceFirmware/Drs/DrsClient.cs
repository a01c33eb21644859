using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Json;
using DeviceFirmware.Net;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// The device's side of the DRS v1 device API over the HTTP port: one method per call, each one
    /// request (two when DRS answers "Invalid token": refresh once through the lease, then retry once).
    /// <list type="bullet">
    /// <item>Every request carries Authorization: Bearer with the access token as it is, and the
    /// x-amzn-type-version and x-amzn-accept-type of its call (<see cref="DrsOperation"/>).</item>
    /// <item>Failures are <see cref="DrsException"/>s whose <see cref="DrsException.Failure"/> says what
    /// to do. The client never retries on its own (beyond the one token retry) and never sleeps:
    /// backoff is the caller's, so a loop cannot hammer DRS.</item>
    /// <item>Deregistered (401, 403, a token rejected again right after a refresh, or no grant
    /// left): the tokens are wiped here, whatever call noticed it, so the device goes back to
    /// provisioning instead of retrying with a dead grant.</item>
    /// <item>Log lines and messages show the call, the URL path and token fingerprints, never a token.</item>
    /// </list>
    /// </summary>
    public sealed class DrsClient
    {
        private readonly IHttpTransport _transport;
        private readonly AccessTokenKeeper _keeper;
        private readonly TokenVault _vault;
        private readonly string _baseUrl;
        private readonly ILog _log;

        /// <summary>Creates the client.</summary>
        /// <param name="transport">HTTP port.</param>
        /// <param name="keeper">Hands out access tokens (refreshing as needed).</param>
        /// <param name="vault">The token store, wiped when DRS shows the device was deregistered.</param>
        /// <param name="baseUrl">DRS base URL without trailing '/' (drs.base_url).</param>
        /// <param name="log">Where calls and failures are reported.</param>
        public DrsClient(IHttpTransport transport, AccessTokenKeeper keeper, TokenVault vault, string baseUrl, ILog log)
        {
            if (transport == null)
            {
                throw new ArgumentNullException("transport");
            }

            if (keeper == null)
            {
                throw new ArgumentNullException("keeper");
            }

            if (vault == null)
            {
                throw new ArgumentNullException("vault");
            }

            if (baseUrl == null || !(OrdinalText.StartsWith(baseUrl, "https://") || OrdinalText.StartsWith(baseUrl, "http://")) || baseUrl[baseUrl.Length - 1] == '/')
            {
                throw new ArgumentException("DRS base URL must be absolute http(s) without a trailing '/'", "baseUrl");
            }

            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            _transport = transport;
            _keeper = keeper;
            _vault = vault;
            _baseUrl = baseUrl;
            _log = log;
        }

        /// <summary>The DRS base URL.</summary>
        public string BaseUrl
        {
            get { return _baseUrl; }
        }

        /// <summary>Asks DRS to replenish a slot (POST /replenish/{slotId}, Content-Length: 0).</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="slotId">The DRS slot ID.</param>
        /// <returns>What DRS did: a new order, a test order, or an order already in progress.</returns>
        /// <exception cref="DrsException">The call failed; see <see cref="DrsException.Failure"/>.</exception>
        public ReplenishResult Replenish(DateTime now, string slotId)
        {
            HttpResponse response = Exchange(now, DrsOperation.Replenish, slotId, null);
            ReplenishResult result = ReplenishResult.Parse(response.StatusCode, response.Body);
            _log.Info(DrsOperation.Replenish + " slot " + slotId + ": " + result);
            return result;
        }

        /// <summary>Reports a slot's content (POST /slotStatus/{slotId}).</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="slotId">The DRS slot ID.</param>
        /// <param name="report">The content.</param>
        /// <exception cref="DrsException">The call failed.</exception>
        public void SendSlotStatus(DateTime now, string slotId, SlotStatusReport report)
        {
            if (report == null)
            {
                throw new ArgumentNullException("report");
            }

            Exchange(now, DrsOperation.SlotStatus, slotId, report.ToJson());
            _log.Info(DrsOperation.SlotStatus + " slot " + slotId + ": reported");
        }

        /// <summary>Reports that the device is alive (POST /deviceStatus), required once a day.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="mostRecentlyActive">When the device was last active (UTC), usually <paramref name="now"/>.</param>
        /// <exception cref="DrsException">The call failed.</exception>
        public void SendDeviceStatus(DateTime now, DateTime mostRecentlyActive)
        {
            Exchange(now, DrsOperation.DeviceStatus, null, DeviceStatusBody(mostRecentlyActive));
            _log.Info(DrsOperation.DeviceStatus + ": reported active " + IsoUtcDate.Format(mostRecentlyActive));
        }

        /// <summary>Asks which slots are subscribed (GET /subscriptionInfo).</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>The subscriptions (v1 or v2 shape).</returns>
        /// <exception cref="DrsException">The call failed.</exception>
        public SubscriptionInfo GetSubscriptionInfo(DateTime now)
        {
            HttpResponse response = Exchange(now, DrsOperation.SubscriptionInfo, null, null);
            SubscriptionInfo info = SubscriptionInfo.Parse(response.StatusCode, response.Body);
            _log.Info(DrsOperation.SubscriptionInfo + ": " + info.SlotCount + " slot(s) listed");
            return info;
        }

        /// <summary>Deregisters the device (DELETE /registration). The tokens stop working; wiping them is the caller's.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <exception cref="DrsException">The call failed (<see cref="DrsFailure.Deregistered"/> means it already was).</exception>
        public void Deregister(DateTime now)
        {
            Exchange(now, DrsOperation.Deregister, null, null);
            _log.Info(DrsOperation.Deregister + ": the device is deregistered");
        }

        /// <summary>Reads an order (GET /getOrderInfo/{eventInstanceId}).</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="eventInstanceId">The event instance ID of a replenish result.</param>
        /// <returns>The order.</returns>
        /// <exception cref="DrsException">The call failed.</exception>
        public OrderInfo GetOrderInfo(DateTime now, string eventInstanceId)
        {
            HttpResponse response = Exchange(now, DrsOperation.OrderInfo, eventInstanceId, null);
            return OrderInfo.Parse(response.StatusCode, response.Body);
        }

        /// <summary>Cancels the test order of one slot (DELETE /testOrders/slots/{slotId}).</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="slotId">The DRS slot ID.</param>
        /// <returns>The slot's order status afterwards.</returns>
        /// <exception cref="DrsException">The call failed.</exception>
        public CancelTestOrdersResult CancelTestOrder(DateTime now, string slotId)
        {
            HttpResponse response = Exchange(now, DrsOperation.CancelTestOrder, slotId, null);
            return CancelTestOrdersResult.Parse(DrsOperation.CancelTestOrder, response.StatusCode, response.Body);
        }

        /// <summary>Cancels the test orders of every slot (DELETE /testOrders).</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>Every slot's order status afterwards.</returns>
        /// <exception cref="DrsException">The call failed.</exception>
        public CancelTestOrdersResult CancelAllTestOrders(DateTime now)
        {
            HttpResponse response = Exchange(now, DrsOperation.CancelAllTestOrders, null, null);
            return CancelTestOrdersResult.Parse(DrsOperation.CancelAllTestOrders, response.StatusCode, response.Body);
        }

        /// <summary>The device status body: {"mostRecentlyActiveDate":"2015-12-21T10:00:00Z"}.</summary>
        /// <param name="mostRecentlyActive">When the device was last active (UTC).</param>
        /// <returns>Compact JSON.</returns>
        public static string DeviceStatusBody(DateTime mostRecentlyActive)
        {
            JsonWriter writer = new JsonWriter();
            writer.BeginObject();
            writer.WriteString("mostRecentlyActiveDate", IsoUtcDate.Format(mostRecentlyActive));
            writer.EndObject();
            return writer.ToString();
        }

        // Sends one call (retrying once after "Invalid token") and returns a 2xx response, or throws.
        private HttpResponse Exchange(DateTime now, DrsOperation operation, string parameter, string body)
        {
            TokenLease lease = Lease(now, operation);
            while (true)
            {
                HttpRequest request = DrsRequests.Build(operation, _baseUrl, parameter, lease.AccessToken, body);
                HttpResponse response;
                try
                {
                    response = _transport.Send(request);
                }
                catch (HttpTransportException e)
                {
                    DrsException failure = new DrsException(DrsFailure.RetryLater, operation.Name, 0, operation + " failed: no response (" + e.Message + ")", e);
                    _log.Warn(failure.Message);
                    throw failure;
                }

                int status = response.StatusCode;
                if (status >= 200 && status < 300)
                {
                    return response;
                }

                if (DrsErrorClassifier.IsInvalidToken(status, response.Body))
                {
                    // DRS's answer to an expired or revoked token: refresh once, retry once. A second
                    // rejection makes the lease throw Rejected: the grant is dead.
                    _log.Warn(operation + ": HTTP 400 Invalid token for " + lease);
                    Renew(now, operation, lease);
                    continue;
                }

                throw Failed(DrsErrorClassifier.Classify(operation, status, response.Body, lease.AccessToken));
            }
        }

        private TokenLease Lease(DateTime now, DrsOperation operation)
        {
            try
            {
                return _keeper.BeginCall(now);
            }
            catch (TokenUnavailableException e)
            {
                throw Failed(FromTokenProblem(operation, e));
            }
        }

        private void Renew(DateTime now, DrsOperation operation, TokenLease lease)
        {
            try
            {
                lease.OnInvalidToken(now);
            }
            catch (TokenUnavailableException e)
            {
                throw Failed(FromTokenProblem(operation, e));
            }
        }

        private static DrsException FromTokenProblem(DrsOperation operation, TokenUnavailableException e)
        {
            string text = operation + " not sent: no access token (" + e.Message + ")";
            switch (e.Problem)
            {
                case TokenProblem.NeedsProvisioning:
                case TokenProblem.Rejected:
                    return new DrsException(DrsFailure.Deregistered, operation.Name, 0, text, e);
                case TokenProblem.RetryLater:
                case TokenProblem.StorageFailed:
                    return new DrsException(DrsFailure.RetryLater, operation.Name, e.NotBefore, text, e);
                default:
                    return new DrsException(DrsFailure.Halted, operation.Name, 0, text, e);
            }
        }

        private DrsException Failed(DrsException failure)
        {
            switch (failure.Failure)
            {
                case DrsFailure.Deregistered:
                    _log.Error(failure.Message);
                    WipeTokens();
                    break;
                case DrsFailure.RetryLater:
                case DrsFailure.NotFound:
                case DrsFailure.SlotUnsubscribed:
                    _log.Warn(failure.Message);
                    break;
                default:
                    _log.Error(failure.Message);
                    break;
            }

            return failure;
        }

        private void WipeTokens()
        {
            try
            {
                _vault.Wipe();
                _log.Error("DRS: the device is no longer registered: tokens wiped, back to provisioning");
            }
            catch (Exception e)
            {
                // The keeper still has no usable grant: the next call fails the same way and wipes again.
                _log.Error("DRS: the device is no longer registered, but the tokens could not be wiped (" + e.Message + ")");
            }
        }
    }
}
