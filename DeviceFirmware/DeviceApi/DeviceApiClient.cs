using System;
using System.Text;
using DeviceFirmware.Codec;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Json;
using DeviceFirmware.Net;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Time;

namespace DeviceFirmware.DeviceApi
{
    /// <summary>
    /// The device's side of the web application's device API, version 1 (docs/device-api.md): signed JSON POSTs
    /// to status, levels and replenish. Every error of the doc's table becomes a <see cref="DeviceApiException"/>
    /// whose <see cref="DeviceApiFailure"/> says what the device does; two are cured here at once: a stale
    /// timestamp (the clock is synchronised again, then one more try) and a replayed nonce (one more try with a
    /// new nonce). Timestamps come from the clock, which SNTP keeps in step. Never logs the key, a signature or a body.
    /// </summary>
    public sealed class DeviceApiClient
    {
        /// <summary>Path of the status call.</summary>
        public const string StatusPath = "/api/device/v1/status";

        /// <summary>Path of the levels call.</summary>
        public const string LevelsPath = "/api/device/v1/levels";

        /// <summary>Path of the replenish call.</summary>
        public const string ReplenishPath = "/api/device/v1/replenish";

        /// <summary>Most slots in one levels report (docs/device-api.md).</summary>
        public const int MaxSlotsPerReport = 8;

        private const string JsonType = "application/json";

        private readonly IHttpTransport _http;
        private readonly RequestSigner _signer;
        private readonly string _serial;
        private readonly string _baseUrl;
        private readonly string _pathPrefix;
        private readonly IClock _clock;
        private readonly ITimeSync _timeSync;
        private readonly ILog _log;

        /// <summary>Creates the client.</summary>
        /// <param name="http">The HTTPS transport.</param>
        /// <param name="signer">Signs every request with the device key.</param>
        /// <param name="serial">The device serial (X-Device-Serial).</param>
        /// <param name="baseUrl">cloud.url, without trailing '/'.</param>
        /// <param name="clock">The synchronised clock (X-Timestamp).</param>
        /// <param name="timeSync">Synchronises the clock again after a stale_timestamp answer.</param>
        /// <param name="log">Where failures are reported; never a secret.</param>
        public DeviceApiClient(IHttpTransport http, RequestSigner signer, string serial, string baseUrl, IClock clock, ITimeSync timeSync, ILog log)
        {
            if (http == null || signer == null || serial == null || baseUrl == null || clock == null || timeSync == null || log == null)
            {
                throw new ArgumentNullException(http == null ? "http" : (signer == null ? "signer" : (serial == null ? "serial" : (baseUrl == null ? "baseUrl" : (clock == null ? "clock" : (timeSync == null ? "timeSync" : "log"))))));
            }

            _http = http;
            _signer = signer;
            _serial = serial;
            _baseUrl = baseUrl;
            _pathPrefix = RequestSigner.PathPrefixOf(baseUrl);
            _clock = clock;
            _timeSync = timeSync;
            _log = log;
        }

        /// <summary>POST status: the device is alive.</summary>
        /// <param name="firmwareVersion">The running firmware's version.</param>
        /// <returns>True when a user has registered the device and signed in with Amazon.</returns>
        /// <exception cref="DeviceApiException">The call failed.</exception>
        public bool ReportStatus(string firmwareVersion)
        {
            JsonWriter body = new JsonWriter();
            body.BeginObject();
            body.WriteString("firmware", firmwareVersion);
            body.EndObject();
            string answer = Post("status", StatusPath, body.ToString());
            try
            {
                return DeviceApiAnswers.Registered(answer);
            }
            catch (DeviceApiException e)
            {
                throw BadAnswer("status", e);
            }
        }

        /// <summary>POST levels: the slots' levels.</summary>
        /// <param name="slotIds">DRS slot IDs.</param>
        /// <param name="percents">Their levels, 0..100.</param>
        /// <param name="count">How many of the arrays' entries to send, 1..8.</param>
        /// <returns>The number of slots the web application recorded.</returns>
        /// <exception cref="DeviceApiException">The call failed.</exception>
        public int ReportLevels(string[] slotIds, double[] percents, int count)
        {
            if (count < 1 || count > MaxSlotsPerReport)
            {
                throw new ArgumentOutOfRangeException("count", "a levels report carries 1.." + MaxSlotsPerReport + " slots");
            }

            // The writer has no arrays: each slot is one small object, joined into {"slots":[...]}.
            StringBuilder body = new StringBuilder();
            body.Append("{\"slots\":[");
            for (int i = 0; i < count; i++)
            {
                JsonWriter slot = new JsonWriter();
                slot.BeginObject();
                slot.WriteString("slot", slotIds[i]);
                slot.WriteNumber("percent", percents[i], 1);
                slot.EndObject();
                body.Append(i == 0 ? string.Empty : ",").Append(slot.ToString());
            }

            body.Append("]}");
            string answer = Post("levels", LevelsPath, body.ToString());
            try
            {
                return DeviceApiAnswers.Accepted(answer);
            }
            catch (DeviceApiException e)
            {
                throw BadAnswer("levels", e);
            }
        }

        /// <summary>POST replenish: slot S is low in episode E.</summary>
        /// <param name="slotId">The DRS slot ID.</param>
        /// <param name="episode">The slot's episode number, 1..4294967295, already on flash.</param>
        /// <returns>The web application's outcome.</returns>
        /// <exception cref="DeviceApiException">The call failed.</exception>
        public OrderAnswer Replenish(string slotId, uint episode)
        {
            if (episode == 0)
            {
                throw new ArgumentOutOfRangeException("episode", "episode numbers start at 1");
            }

            JsonWriter body = new JsonWriter();
            body.BeginObject();
            body.WriteString("slot", slotId);
            body.WriteNumber("episode", (long)episode);
            body.EndObject();
            string answer = Post("replenish", ReplenishPath, body.ToString());
            try
            {
                return DeviceApiAnswers.Order(answer);
            }
            catch (DeviceApiException e)
            {
                throw BadAnswer("replenish", e);
            }
        }

        private string Post(string call, string path, string body)
        {
            HttpResponse response = Send(call, path, body);
            if (response.StatusCode == 401)
            {
                string code = DeviceApiAnswers.ErrorCode(response.Body);
                if (code == "stale_timestamp")
                {
                    // Our clock drifted: set it again, then once more. A second refusal is an ordinary failure.
                    bool synced = false;
                    try
                    {
                        synced = _timeSync.Synchronize();
                    }
                    catch (Exception e)
                    {
                        _log.Warn("device API " + call + ": time sync failed: " + e.Message);
                    }

                    _log.Warn("device API " + call + ": stale timestamp: clock " + (synced ? "synchronised again" : "not synchronised") + "; sending once more");
                    response = Send(call, path, body);
                }
                else if (code == "replayed_nonce")
                {
                    _log.Warn("device API " + call + ": nonce refused as replayed: sending once more with a new one");
                    response = Send(call, path, body);
                }
            }

            if (response.StatusCode == 200)
            {
                return response.Body;
            }

            throw Failure(call, response);
        }

        private HttpResponse Send(string call, string path, string body)
        {
            // Every body the device builds is ASCII: slot IDs and the firmware version are checked ASCII (nf.config, ProvisioningProfile).
            byte[] bytes = AsciiText.GetBytes(body);
            string fullPath = _pathPrefix + path;
            string timestamp = RequestSigner.Timestamp(_clock.UtcNow);
            string nonce = _signer.NewNonce();
            HttpRequest request = new HttpRequest(HttpMethods.Post, _baseUrl + path);
            request.AddHeader("X-Device-Serial", _serial);
            request.AddHeader("X-Timestamp", timestamp);
            request.AddHeader("X-Nonce", nonce);
            request.AddHeader("X-Signature", _signer.Sign(HttpMethods.Post, fullPath, timestamp, nonce, bytes));
            request.SetBody(body, JsonType);
            try
            {
                return _http.Send(request);
            }
            catch (HttpTransportException e)
            {
                throw new DeviceApiException(DeviceApiFailure.RetryLater, 0, null, "device API " + call + ": no answer (" + e.Message + ")");
            }
        }

        private DeviceApiException Failure(string call, HttpResponse response)
        {
            int status = response.StatusCode;
            string code = DeviceApiAnswers.ErrorCode(response.Body);
            string text = "device API " + call + ": HTTP " + status + (code == null ? string.Empty : " " + code);
            if (status == 401 && (code == "unknown_device" || code == "bad_signature"))
            {
                return new DeviceApiException(DeviceApiFailure.DeviceRejected, status, code, text + (code == "bad_signature" ? ": the device key does not match the web application's" : ": the web application does not know this serial"));
            }

            if (status == 429)
            {
                int seconds = RetryAfterSeconds(response);
                return new DeviceApiException(DeviceApiFailure.RetryLater, status, code, seconds > 0, _clock.UtcNow.AddSeconds(seconds), text + (seconds > 0 ? ": retry after " + seconds + " s" : string.Empty));
            }

            if (status >= 500 || status == 401 || status == 408)
            {
                return new DeviceApiException(DeviceApiFailure.RetryLater, status, code, text);
            }

            if (status >= 400)
            {
                return new DeviceApiException(DeviceApiFailure.Refused, status, code, text + (status == 413 ? ": body too large (a firmware bug)" : ": request refused; not sent again as it is"));
            }

            return new DeviceApiException(DeviceApiFailure.BadResponse, status, code, text + ": unexpected status");
        }

        // A 200 whose body is not the documented answer: the same failure, named with its call.
        private static DeviceApiException BadAnswer(string call, DeviceApiException e)
        {
            return new DeviceApiException(DeviceApiFailure.BadResponse, 200, null, "device API " + call + ": unexpected answer: " + e.Message);
        }

        private static int RetryAfterSeconds(HttpResponse response)
        {
            string value = response.Headers.Get("Retry-After");
            if (value == null || value.Length == 0 || value.Length > 6)
            {
                return 0;
            }

            int seconds = 0;
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] < '0' || value[i] > '9')
                {
                    return 0;
                }

                seconds = (seconds * 10) + (value[i] - '0');
            }

            return seconds;
        }
    }
}
