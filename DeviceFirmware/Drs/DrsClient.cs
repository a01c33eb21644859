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
    /// <item>Refused (401, 403 or "Invalid token"): with an access token that was not just issued, the
    /// client refreshes once and retries once (as for "Invalid token"). A refusal of a freshly
    /// refreshed token is counted by the <see cref="RefusalTracker"/>: the tokens are kept and the call
    /// fails with <see cref="DrsFailure.DeviceRefused"/> (no DRS call before its NotBefore), until the
    /// tracker's rule is met; only then are the tokens wiped here (<see cref="DrsFailure.Deregistered"/>).
    /// When LWA answers invalid_grant the keeper wipes them, once, and the client only reports it.</item>
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
        private readonly RefusalTracker _refusals;

        /// <summary>Creates the client with the default refusal rule, counted in RAM only (tests, tools).</summary>
        /// <param name="transport">HTTP port.</param>
        /// <param name="keeper">Hands out access tokens (refreshing as needed).</param>
        /// <param name="vault">The token store, wiped when DRS shows the device was deregistered.</param>
        /// <param name="baseUrl">DRS base URL without trailing '/' (drs.base_url).</param>
        /// <param name="log">Where calls and failures are reported.</param>
        public DrsClient(IHttpTransport transport, AccessTokenKeeper keeper, TokenVault vault, string baseUrl, ILog log)
            : this(transport, keeper, vault, baseUrl, log, log == null ? null : new RefusalTracker(null, null, RefusalTracker.DefaultRefusalsBeforeReset, TimeSpan.FromTicks(RefusalTracker.DefaultWindowMinutes * TimeSpan.TicksPerMinute), log))
        {
        }

        /// <summary>Creates the client.</summary>
        /// <param name="transport">HTTP port.</param>
        /// <param name="keeper">Hands out access tokens (refreshing as needed).</param>
        /// <param name="vault">The token store, wiped when DRS shows the device was deregistered.</param>
        /// <param name="baseUrl">DRS base URL without trailing '/' (drs.base_url).</param>
        /// <param name="log">Where calls and failures are reported.</param>
        /// <param name="refusals">Counts DRS refusals of the device and says when they prove the grant dead.</param>
        public DrsClient(IHttpTransport transport, AccessTokenKeeper keeper, TokenVault vault, string baseUrl, ILog log, RefusalTracker refusals)
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

            if (refusals == null)
            {
                throw new ArgumentNullException("refusals");
            }

            _refusals = refusals;
            _transport = transport;
            _keeper = keeper;
            _vault = vault;
            _baseUrl = baseUrl;
            _log = log;
        }

        /// <summary>The refusal count and its rule (status LED, BLE status, reset after a new provisioning).</summary>
        public RefusalTracker Refusals
        {
            get { return _refusals; }
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

        // Sends one call (retrying once after a refusal of a token that was not just issued) and returns a 2xx response, or throws.
        private HttpResponse Exchange(DateTime now, DrsOperation operation, string parameter, string body)
        {
            if (!_refusals.IsOpen(now))
            {
                // Fail fast after a refusal: no refresh, no request before the backoff says so.
                throw Failed(new DrsException(DrsFailure.DeviceRefused, operation.Name, _refusals.NotBefore,
                    operation + " not sent: DRS refused the device " + _refusals.Count + " time(s) in a row: next attempt not before " + IsoUtcDate.Format(_refusals.NotBefore), null));
            }

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
                    throw Failed(new DrsException(DrsFailure.RetryLater, operation.Name, 0, operation + " failed: no response (" + e.Message + ")", e));
                }

                int status = response.StatusCode;
                if (status >= 200 && status < 300)
                {
                    _refusals.RecordAccepted();
                    return response;
                }

                bool invalidToken = DrsErrorClassifier.IsInvalidToken(status, response.Body);
                if (!invalidToken && status != 401 && status != 403)
                {
                    throw Failed(DrsErrorClassifier.Classify(operation, status, response.Body, lease.AccessToken));
                }

                if (!lease.Fresh)
                {
                    // An expired or revoked access token looks the same: refresh once, retry once.
                    _log.Warn(operation + ": HTTP " + status + (invalidToken ? " Invalid token" : string.Empty) + " for " + lease + ": refreshing it and retrying once");
                    Renew(now, operation, lease);
                    continue;
                }

                throw Refused(now, operation, status, response.Body, lease);
            }
        }

        // DRS refused an access token LWA had just issued: counted; the tokens go only once the rule is met.
        private DrsException Refused(DateTime now, DrsOperation operation, int status, string body, TokenLease lease)
        {
            string answer = "HTTP " + status + (DrsErrorClassifier.IsInvalidToken(status, body) ? " Invalid token" : string.Empty);
            string said = LwaText.CleanDescription(DrsErrorClassifier.MessageOf(body), new string[] { lease.AccessToken });
            if (said != null && !DrsErrorClassifier.IsInvalidToken(status, body))
            {
                answer += " (DRS says: " + said + ")";
            }

            bool reset = _refusals.RecordRefusal(now);
            if (!reset)
            {
                return Failed(new DrsException(DrsFailure.DeviceRefused, operation.Name, _refusals.NotBefore,
                    operation + " failed: " + answer + " for a freshly refreshed access token: refusal " + _refusals.Count + "; tokens kept until "
                    + _refusals.RefusalsBeforeReset + " refusals over at least " + Minutes(_refusals.Window) + " min (a captive portal or proxy answers so too); next attempt not before "
                    + IsoUtcDate.Format(_refusals.NotBefore), null));
            }

            DrsException failure = new DrsException(DrsFailure.Deregistered, operation.Name, status,
                operation + " failed: " + answer + ": DRS refused freshly refreshed access tokens " + _refusals.Count + " times since "
                + IsoUtcDate.Format(_refusals.FirstRefusalUtc) + ": the device is no longer registered", null);
            _log.Error(failure.Message);
            WipeTokens();
            return failure;
        }

        private TokenLease Lease(DateTime now, DrsOperation operation)
        {
            try
            {
                return _keeper.BeginCall(now);
            }
            catch (TokenUnavailableException e)
            {
                throw FromTokenProblem(operation, e);
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
                throw FromTokenProblem(operation, e);
            }
        }

        // The keeper has already logged the cause and wiped what had to be wiped: this only says which call was not sent.
        private static DrsException FromTokenProblem(DrsOperation operation, TokenUnavailableException e)
        {
            string text = operation + " not sent: " + e.Message;
            switch (e.Problem)
            {
                case TokenProblem.NeedsProvisioning:
                    return new DrsException(DrsFailure.Deregistered, operation.Name, 0, text, e);
                case TokenProblem.RetryLater:
                case TokenProblem.StorageFailed:
                    return new DrsException(DrsFailure.RetryLater, operation.Name, e.NotBefore, text, e);
                case TokenProblem.Rejected:
                    // Not reached: the client never renews a lease twice. Not a reason to erase anything.
                    return new DrsException(DrsFailure.RetryLater, operation.Name, 0, text, e);
                default:
                    return new DrsException(DrsFailure.Halted, operation.Name, 0, text, e);
            }
        }

        private DrsException Failed(DrsException failure)
        {
            switch (failure.Failure)
            {
                case DrsFailure.RetryLater:
                case DrsFailure.NotFound:
                case DrsFailure.SlotUnsubscribed:
                case DrsFailure.DeviceRefused:
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
            // The count goes first: a power cut between the two leaves the tokens and a count started afresh, never an early erase.
            _refusals.Forget();
            try
            {
                _vault.Wipe();
                _log.Error("DRS: tokens wiped, back to provisioning");
            }
            catch (Exception e)
            {
                // The tokens stay on flash: the next calls are refused the same way and counted again.
                _log.Error("DRS: the tokens could not be wiped (" + e.Message + ")");
            }
        }

        private static string Minutes(TimeSpan span)
        {
            return (span.Ticks / TimeSpan.TicksPerMinute).ToString();
        }
    }
}
