using System;
using System.Collections;
using DeviceFirmware.Net;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>
    /// LWA's token endpoint and the DRS device API in one fake transport, enforcing what the real
    /// ones document: bearer tokens it issued (otherwise 400 {"message":"Invalid token"}), the exact
    /// x-amzn-type-version and x-amzn-accept-type of each call (spelled out here from Amazon's DRS device API reference, not
    /// taken from the firmware), Content-Length: 0 on replenish, JSON on status calls, and DRS order
    /// semantics: ORDER_INPROGRESS while a slot's order is undelivered. Faults can be injected, among
    /// them "order placed, response lost". Counts everything.
    /// </summary>
    public sealed class FakeDrsService : IHttpTransport
    {
        /// <summary>The DRS base URL the fake answers.</summary>
        public const string BaseUrl = "https://drs.example.com";

        private const string P = "com.amazon.dash.replenishment.";

        private readonly ArrayList _requests = new ArrayList();
        private readonly ArrayList _slots = new ArrayList();
        private readonly ArrayList _faults = new ArrayList();
        private readonly ArrayList _validTokens = new ArrayList();
        private int _issued;
        private int _events;

        /// <summary>True: orders are test orders (TEST_ORDER_PLACED).</summary>
        public bool TestDevice { get; set; }

        /// <summary>True: subscription info answers the v1 shape.</summary>
        public bool SubscriptionV1 { get; set; }

        /// <summary>True after DELETE /registration or <see cref="DeregisterByCustomer"/>: tokens dead, refresh gives invalid_grant.</summary>
        public bool Deregistered { get; private set; }

        /// <summary>True: every DRS request is answered 403 {"message":"Forbidden"} unprocessed (a captive portal, a proxy, or DRS refusing the device); LWA still answers.</summary>
        public bool RefuseDevice { get; set; }

        /// <summary>DRS requests answered 403 because of <see cref="RefuseDevice"/>.</summary>
        public int ForbiddenAnswers { get; private set; }

        /// <summary>Requests received (all).</summary>
        public int RequestCount
        {
            get { return _requests.Count; }
        }

        /// <summary>Requests to the LWA token endpoint.</summary>
        public int TokenRequests { get; private set; }

        /// <summary>Replenish calls that reached the order logic.</summary>
        public int ReplenishCalls { get; private set; }

        /// <summary>Orders placed, every slot.</summary>
        public int OrdersPlaced { get; private set; }

        /// <summary>Device status calls accepted.</summary>
        public int DeviceStatusCalls { get; private set; }

        /// <summary>Slot status calls accepted.</summary>
        public int SlotStatusCalls { get; private set; }

        /// <summary>Subscription info calls answered.</summary>
        public int SubscriptionCalls { get; private set; }

        /// <summary>Deregistration calls accepted.</summary>
        public int DeregisterCalls { get; private set; }

        /// <summary>Requests refused because of a header, a body or a token.</summary>
        public int Refusals { get; private set; }

        /// <summary>Body of the last device status call.</summary>
        public string LastDeviceStatusBody { get; private set; }

        /// <summary>Adds a slot.</summary>
        public FakeDrsSlot AddSlot(string slotId, bool subscribed)
        {
            FakeDrsSlot slot = new FakeDrsSlot(slotId, subscribed);
            _slots.Add(slot);
            return slot;
        }

        /// <summary>Forgets a slot: DRS no longer knows its ID.</summary>
        public void RemoveSlot(string slotId)
        {
            _slots.Remove(Slot(slotId));
        }

        /// <summary>A slot by ID, or null.</summary>
        public FakeDrsSlot Slot(string slotId)
        {
            for (int i = 0; i < _slots.Count; i++)
            {
                FakeDrsSlot slot = (FakeDrsSlot)_slots[i];
                if (slot.SlotId == slotId)
                {
                    return slot;
                }
            }

            return null;
        }

        /// <summary>Request number <paramref name="index"/>.</summary>
        public HttpRequest RequestAt(int index)
        {
            return (HttpRequest)_requests[index];
        }

        /// <summary>Requests whose URL path starts with <paramref name="pathPrefix"/>.</summary>
        public int CountOf(string pathPrefix)
        {
            int count = 0;
            for (int i = 0; i < _requests.Count; i++)
            {
                if (OrdinalText.StartsWith(PathOf(((HttpRequest)_requests[i]).Url), pathPrefix))
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>The slot's order is delivered: the next replenish places a new one.</summary>
        public void Deliver(string slotId)
        {
            Slot(slotId).OrderInProgress = false;
        }

        /// <summary>Every access token issued so far stops working (as if expired).</summary>
        public void ExpireAccessTokens()
        {
            _validTokens.Clear();
        }

        /// <summary>The customer removed the device: tokens dead, refresh refused.</summary>
        public void DeregisterByCustomer()
        {
            Deregistered = true;
            _validTokens.Clear();
        }

        /// <summary>The next request to <paramref name="pathPrefix"/> is answered with this status and body.</summary>
        public void FailNext(string pathPrefix, int status, string body)
        {
            _faults.Add(new FakeDrsFault(pathPrefix, status, body, false, false));
        }

        /// <summary>The next request to <paramref name="pathPrefix"/> gets no response, and is not processed.</summary>
        public void DropNext(string pathPrefix)
        {
            _faults.Add(new FakeDrsFault(pathPrefix, 0, null, true, false));
        }

        /// <summary>The next request to <paramref name="pathPrefix"/> is processed (an order placed), then its response is lost.</summary>
        public void LoseResponseOfNext(string pathPrefix)
        {
            _faults.Add(new FakeDrsFault(pathPrefix, 0, null, true, true));
        }

        /// <inheritdoc />
        public HttpResponse Send(HttpRequest request)
        {
            _requests.Add(request);
            if (request.Url == LwaTestData.TokenUrl)
            {
                TokenRequests++;
                return Token(request);
            }

            if (!OrdinalText.StartsWith(request.Url, BaseUrl))
            {
                throw new HttpTransportException(HttpFailureKind.ConnectionFailed, "fake: unknown host");
            }

            if (RefuseDevice)
            {
                ForbiddenAnswers++;
                return new HttpResponse(403, "{\"message\":\"Forbidden\"}");
            }

            string path = PathOf(request.Url);
            FakeDrsFault fault = TakeFault(path);
            if (fault != null && !fault.AfterProcessing)
            {
                if (fault.NoResponse)
                {
                    throw new HttpTransportException(HttpFailureKind.Timeout, "fake: no response");
                }

                return new HttpResponse(fault.Status, fault.Body);
            }

            HttpResponse response = Drs(request, path);
            if (fault != null)
            {
                throw new HttpTransportException(HttpFailureKind.ConnectionFailed, "fake: response lost");
            }

            return response;
        }

        private HttpResponse Token(HttpRequest request)
        {
            if (Deregistered)
            {
                return new HttpResponse(400, LwaTestData.ErrorBody("invalid_grant", "The request has an invalid grant parameter"));
            }

            _issued++;
            string access = "Atza|SECRETACCESS-fake-" + _issued;
            _validTokens.Add(access);
            return new HttpResponse(200, LwaTestData.TokenBody(access, LwaTestData.RefreshToken, "3600"));
        }

        private HttpResponse Drs(HttpRequest request, string path)
        {
            string authorization = request.GetHeader("Authorization");
            if (authorization == null || !OrdinalText.StartsWith(authorization, "Bearer ") || !_validTokens.Contains(authorization.Substring(7)))
            {
                Refusals++;
                return new HttpResponse(400, "{\"message\":\"Invalid token\"}");
            }

            if (request.Method == "POST" && OrdinalText.StartsWith(path, "/replenish/"))
            {
                return Checked(request, "DrsReplenishInput@1.0", "DrsReplenishResult@1.0") ?? Replenish(request, path.Substring(11));
            }

            if (request.Method == "POST" && OrdinalText.StartsWith(path, "/slotStatus/"))
            {
                return Checked(request, "DrsSlotStatusInput@1.0", "DrsSlotStatusResult@1.0") ?? SlotStatus(request, path.Substring(12));
            }

            if (request.Method == "POST" && path == "/deviceStatus")
            {
                HttpResponse refused = Checked(request, "DrsDeviceStatusInput@1.0", "DrsDeviceStatusResult@1.0");
                if (refused != null)
                {
                    return refused;
                }

                if (request.ContentType != "application/json" || request.Body == null || !OrdinalText.StartsWith(request.Body, "{\"mostRecentlyActiveDate\":\""))
                {
                    Refusals++;
                    return new HttpResponse(400, "{\"message\":\"device status takes mostRecentlyActiveDate\"}");
                }

                DeviceStatusCalls++;
                LastDeviceStatusBody = request.Body;
                return new HttpResponse(200, string.Empty);
            }

            if (request.Method == "GET" && path == "/subscriptionInfo")
            {
                return Checked(request, "DrsSubscriptionInfoInput@1.0", "DrsSubscriptionInfoResult@2.0") ?? Subscriptions();
            }

            if (request.Method == "DELETE" && path == "/registration")
            {
                HttpResponse refused = Checked(request, "DrsDeregisterInput@2.0", "DrsDeregisterResult@1.0");
                if (refused != null)
                {
                    return refused;
                }

                DeregisterCalls++;
                DeregisterByCustomer();
                return new HttpResponse(200, "{}");
            }

            return new HttpResponse(404, "{\"message\":\"Not found\"}");
        }

        private HttpResponse Checked(HttpRequest request, string typeVersion, string acceptType)
        {
            if (request.GetHeader("x-amzn-type-version") != P + typeVersion || request.GetHeader("x-amzn-accept-type") != P + acceptType)
            {
                Refusals++;
                return new HttpResponse(400, "{\"message\":\"wrong x-amzn headers\"}");
            }

            return null;
        }

        private HttpResponse Replenish(HttpRequest request, string slotId)
        {
            if (request.Body == null || request.Body.Length != 0)
            {
                Refusals++;
                return new HttpResponse(411, "{\"message\":\"Replenish needs Content-Length: 0\"}");
            }

            FakeDrsSlot slot = Slot(slotId);
            if (slot == null)
            {
                return new HttpResponse(404, "{\"message\":\"Slot not found : " + slotId + "\"}");
            }

            slot.ReplenishCalls++;
            ReplenishCalls++;
            if (!slot.Subscribed)
            {
                return new HttpResponse(400, "{\"message\":\"Unable to place order - slot : " + slotId + " is unsubscribed.\"}");
            }

            _events++;
            string eventId = "amzn1.dash.v2.o.event-" + _events;
            if (slot.OrderInProgress)
            {
                return Result(eventId, "ORDER_INPROGRESS");
            }

            slot.OrderInProgress = true;
            slot.OrdersPlaced++;
            OrdersPlaced++;
            return Result(eventId, TestDevice ? "TEST_ORDER_PLACED" : "STANDARD_ORDER_PLACED");
        }

        private HttpResponse SlotStatus(HttpRequest request, string slotId)
        {
            FakeDrsSlot slot = Slot(slotId);
            if (slot == null)
            {
                return new HttpResponse(404, "{\"message\":\"Slot not found : " + slotId + "\"}");
            }

            if (request.ContentType != "application/json" || request.Body == null || !OrdinalText.StartsWith(request.Body, "{\"expectedReplenishmentDate\":\""))
            {
                Refusals++;
                return new HttpResponse(400, "{\"message\":\"slot status body\"}");
            }

            slot.StatusReports++;
            slot.LastStatusBody = request.Body;
            SlotStatusCalls++;
            return new HttpResponse(200, string.Empty);
        }

        private HttpResponse Subscriptions()
        {
            SubscriptionCalls++;
            string body = "{\"slotsSubscriptionStatus\":{";
            for (int i = 0; i < _slots.Count; i++)
            {
                FakeDrsSlot slot = (FakeDrsSlot)_slots[i];
                string value = slot.Subscribed ? "true" : "false";
                body += (i == 0 ? string.Empty : ",") + "\"" + slot.SlotId + "\":"
                    + (SubscriptionV1 ? value : "{\"subscribed\":" + value + ",\"productInfoList\":[{\"asin\":\"B0000TEST\",\"quantity\":1,\"unit\":\"count\"}]}");
            }

            return new HttpResponse(200, body + "}}");
        }

        private static HttpResponse Result(string eventId, string detailCode)
        {
            return new HttpResponse(200, "{\"eventInstanceId\":\"" + eventId + "\",\"detailCode\":\"" + detailCode + "\"}");
        }

        private FakeDrsFault TakeFault(string path)
        {
            for (int i = 0; i < _faults.Count; i++)
            {
                FakeDrsFault fault = (FakeDrsFault)_faults[i];
                if (OrdinalText.StartsWith(path, fault.PathPrefix))
                {
                    _faults.RemoveAt(i);
                    return fault;
                }
            }

            return null;
        }

        private static string PathOf(string url)
        {
            return OrdinalText.StartsWith(url, BaseUrl) ? url.Substring(BaseUrl.Length) : url;
        }
    }
}
