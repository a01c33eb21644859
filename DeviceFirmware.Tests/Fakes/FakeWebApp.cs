using System;
using System.Collections;
using DeviceFirmware.Codec;
using DeviceFirmware.Crypto;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Json;
using DeviceFirmware.Net;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>
    /// The web application's device API as docs/device-api.md describes it, in memory: checks the four headers and
    /// the signature with the device key, refuses a nonce seen before, answers status, levels and replenish, and is
    /// idempotent per (slot, episode): the first final outcome is stored and repeated without a second order.
    /// Scripted failures and outcomes go before the default answers.
    /// </summary>
    public sealed class FakeWebApp : IHttpTransport
    {
        private readonly byte[] _key;
        private readonly ArrayList _script = new ArrayList();
        private readonly ArrayList _outcomes = new ArrayList();
        private readonly ArrayList _nonces = new ArrayList();
        private readonly ArrayList _paths = new ArrayList();
        private readonly ArrayList _episodes = new ArrayList();
        private readonly ArrayList _finalIds = new ArrayList();
        private readonly ArrayList _finalAnswers = new ArrayList();

        /// <summary>A web application that knows the device by this key (64 hex digits).</summary>
        /// <param name="keyHex">The device key.</param>
        public FakeWebApp(string keyHex)
        {
            _key = Hex.Bytes(keyHex);
            Registered = true;
        }

        /// <summary>What status answers in "registered".</summary>
        public bool Registered { get; set; }

        /// <summary>Orders placed: final outcomes stored for a new (slot, episode).</summary>
        public int OrdersPlaced { get; private set; }

        /// <summary>Every request received.</summary>
        public int RequestCount
        {
            get { return _paths.Count; }
        }

        /// <summary>Requests that failed the signature check.</summary>
        public int BadSignatures { get; private set; }

        /// <summary>The body of the last levels request.</summary>
        public string LastLevels { get; private set; }

        /// <summary>The path of a request, in order.</summary>
        /// <param name="index">0-based.</param>
        /// <returns>The path.</returns>
        public string PathAt(int index)
        {
            return (string)_paths[index];
        }

        /// <summary>Requests to a path.</summary>
        /// <param name="path">e.g. /api/device/v1/replenish.</param>
        /// <returns>The count.</returns>
        public int CountOf(string path)
        {
            int count = 0;
            for (int i = 0; i < _paths.Count; i++)
            {
                if ((string)_paths[i] == path)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>The episode named by the replenish request at an index (0-based, replenish requests only).</summary>
        /// <param name="index">0-based.</param>
        /// <returns>The episode.</returns>
        public long EpisodeAt(int index)
        {
            return (long)_episodes[index];
        }

        /// <summary>Replenish requests received.</summary>
        public int ReplenishCount
        {
            get { return _episodes.Count; }
        }

        /// <summary>The next request fails in transport.</summary>
        /// <param name="kind">How.</param>
        /// <returns>This.</returns>
        public FakeWebApp FailNext(HttpFailureKind kind)
        {
            _script.Add(new HttpTransportException(kind, "scripted " + kind));
            return this;
        }

        /// <summary>The next request gets this answer, whatever it asks.</summary>
        /// <param name="status">HTTP status.</param>
        /// <param name="body">Body.</param>
        /// <returns>This.</returns>
        public FakeWebApp RespondNext(int status, string body)
        {
            _script.Add(new HttpResponse(status, body));
            return this;
        }

        /// <summary>The next replenish that is not answered from the stored outcomes gets this outcome ("placed" by default).</summary>
        /// <param name="outcome">placed, test_order, in_progress, sign_in or retry_later.</param>
        /// <returns>This.</returns>
        public FakeWebApp NextOutcome(string outcome)
        {
            _outcomes.Add(outcome);
            return this;
        }

        /// <inheritdoc />
        public HttpResponse Send(HttpRequest request)
        {
            string path = request.Url.Substring(request.Url.IndexOf('/', request.Url.IndexOf("://") + 3));
            _paths.Add(path);
            if (_script.Count > 0)
            {
                object next = _script[0];
                _script.RemoveAt(0);
                HttpTransportException failure = next as HttpTransportException;
                if (failure != null)
                {
                    throw failure;
                }

                return (HttpResponse)next;
            }

            string nonce = request.GetHeader("X-Nonce");
            string timestamp = request.GetHeader("X-Timestamp");
            byte[] body = AsciiText.GetBytes(request.Body);
            string canonical = RequestSigner.CanonicalRequest(request.Method, path, timestamp, nonce, body);
            string expected = LowerHex.Encode(HmacSha256.Compute(_key, AsciiText.GetBytes(canonical)));
            if (request.GetHeader("X-Device-Serial") == null || expected != request.GetHeader("X-Signature"))
            {
                BadSignatures++;
                return Error(401, "bad_signature");
            }

            if (_nonces.Contains(nonce))
            {
                return Error(401, "replayed_nonce");
            }

            _nonces.Add(nonce);
            JsonObject json = (JsonObject)JsonReader.Parse(request.Body);
            if (path.EndsWith("/status"))
            {
                return new HttpResponse(200, Registered ? "{\"registered\":true}" : "{\"registered\":false}");
            }

            if (path.EndsWith("/levels"))
            {
                LastLevels = request.Body;
                return new HttpResponse(200, "{\"accepted\":" + ((JsonArray)json.Get("slots")).Count + "}");
            }

            return Replenish(json.GetStringOrNull("slot"), json.Get("episode"));
        }

        private HttpResponse Replenish(string slot, JsonValue episodeValue)
        {
            long episode;
            ((JsonNumber)episodeValue).TryGetInt64(out episode);
            _episodes.Add(episode);
            string id = slot + "#" + episode;
            int stored = _finalIds.IndexOf(id);
            if (stored >= 0)
            {
                return new HttpResponse(200, (string)_finalAnswers[stored]);
            }

            string outcome = "placed";
            if (_outcomes.Count > 0)
            {
                outcome = (string)_outcomes[0];
                _outcomes.RemoveAt(0);
            }

            if (outcome == "sign_in" || outcome == "retry_later")
            {
                return new HttpResponse(200, "{\"outcome\":\"" + outcome + "\",\"retryAfterSeconds\":120}");
            }

            OrdersPlaced++;
            string answer = "{\"outcome\":\"" + outcome + "\",\"orderId\":\"order-" + OrdersPlaced + "\"}";
            _finalIds.Add(id);
            _finalAnswers.Add(answer);
            return new HttpResponse(200, answer);
        }

        private static HttpResponse Error(int status, string code)
        {
            return new HttpResponse(status, "{\"error\":\"" + code + "\",\"message\":\"refused\"}");
        }
    }
}
