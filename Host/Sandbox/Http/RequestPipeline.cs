using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox.Drs;
using DeviceFirmware.Sandbox.Faults;
using DeviceFirmware.Sandbox.Log;
using DeviceFirmware.Sandbox.Lwa;
using DeviceFirmware.Sandbox.State;
using Microsoft.AspNetCore.Http;

namespace DeviceFirmware.Sandbox.Http
{
    /// <summary>
    /// The one ASP.NET Core request delegate: reads the request whole, routes it, applies a fault if one
    /// is armed, runs the handler under the state's lock, records the request, writes the answer.
    /// </summary>
    internal sealed class RequestPipeline
    {
        // Far above any LWA form or DRS body; a larger body is refused before it is read.
        private const int MaxBodyBytes = 64 * 1024;

        private readonly SandboxState _state;
        private readonly FaultInjector _faults;
        private readonly RequestLog _log;
        private readonly CancellationToken _stopping;
        private readonly AuthorizeHandler _authorize;
        private readonly TokenHandler _token;
        private readonly ReplenishHandler _replenish;
        private readonly SlotStatusHandler _slotStatus;
        private readonly DeviceStatusHandler _deviceStatus = new DeviceStatusHandler();
        private readonly SubscriptionInfoHandler _subscriptionInfo = new SubscriptionInfoHandler();
        private readonly DeregisterHandler _deregister;
        private readonly OrderInfoHandler _orderInfo;
        private readonly CancelTestOrdersHandler _cancelTestOrders;

        public RequestPipeline(SandboxState state, FaultInjector faults, RequestLog log, CancellationToken stopping)
        {
            _state = state;
            _faults = faults;
            _log = log;
            _stopping = stopping;
            _authorize = new AuthorizeHandler(state);
            _token = new TokenHandler(state);
            _replenish = new ReplenishHandler(state);
            _slotStatus = new SlotStatusHandler(state);
            _deregister = new DeregisterHandler(state);
            _orderInfo = new OrderInfoHandler(state);
            _cancelTestOrders = new CancelTestOrdersHandler(state);
        }

        public async Task HandleAsync(HttpContext context)
        {
            DateTimeOffset arrived = _state.Now;
            HttpRequest http = context.Request;
            string method = http.Method;
            string path = http.Path.HasValue ? http.Path.Value : "/";
            Route route = Router.Match(method, path);

            if (http.ContentLength > MaxBodyBytes)
            {
                Reply tooLarge = Reply.Message(413, "Body larger than " + MaxBodyBytes + " bytes");
                Record(arrived, method, path, route.Endpoint, tooLarge, null, null, null);
                await WriteAsync(context, tooLarge);
                return;
            }

            byte[] body = await ReadBodyAsync(http, context.RequestAborted);
            if (body == null)
            {
                Reply tooLarge = Reply.Message(413, "Body larger than " + MaxBodyBytes + " bytes");
                Record(arrived, method, path, route.Endpoint, tooLarge, null, null, null);
                await WriteAsync(context, tooLarge);
                return;
            }

            bool chunked = http.Headers.TransferEncoding.ToString().IndexOf("chunked", StringComparison.OrdinalIgnoreCase) >= 0;
            var request = new IncomingRequest(method, path, http.QueryString.Value, http.Headers, body, http.ContentLength, chunked, http.ContentType);

            if (route.Endpoint == SandboxEndpoint.Unknown || !route.MethodAllowed)
            {
                Reply refused = route.Endpoint == SandboxEndpoint.Unknown
                    ? Reply.Message(404, "No sandbox endpoint at " + method + " " + path)
                    : Reply.Message(405, path + " takes " + route.Method + ", not " + method).With("Allow", route.Method);
                Record(arrived, method, path, route.Endpoint, refused, null, null, null);
                await WriteAsync(context, refused);
                return;
            }

            string grantType = route.Endpoint == SandboxEndpoint.Token ? TokenHandler.GrantTypeOf(request) : null;
            SandboxFault fault = _faults.Take(route.Endpoint, grantType);
            FaultKind? faultKind = fault?.Kind;
            bool forceRotation = false;
            Reply reply = null;
            if (fault != null)
            {
                switch (fault.Kind)
                {
                    case FaultKind.Timeout:
                        Record(arrived, method, path, route.Endpoint, 0, "held, then dropped", grantType, faultKind, null);
                        await TimeOutAsync(context, fault.Delay ?? _state.Settings.DefaultTimeoutHold);
                        return;
                    case FaultKind.Slow:
                        // The work is done even when the client has given up meanwhile, as a slow real server would:
                        // an order can be placed whose answer the device never sees.
                        if (!await HoldAsync(fault.Delay ?? _state.Settings.DefaultSlowDelay, _stopping))
                        {
                            Record(arrived, method, path, route.Endpoint, 0, "dropped: server stopping", grantType, faultKind, null);
                            context.Abort();
                            return;
                        }

                        break;
                    case FaultKind.RevokeAllTokens:
                        lock (_state.Gate)
                        {
                            _state.RevokeAllTokens();
                        }

                        break;
                    case FaultKind.RotateRefreshToken:
                        forceRotation = true;
                        break;
                    default:
                        reply = FaultReplies.For(fault.Kind, route.Endpoint, fault.Delay);
                        break;
                }
            }

            string presented = null;
            if (reply == null)
            {
                try
                {
                    lock (_state.Gate)
                    {
                        reply = Dispatch(route, request, forceRotation, out presented);
                    }
                }
                catch (Exception e)
                {
                    // A sandbox bug: say so plainly (type only; handlers put no secret in exceptions, but be sure).
                    reply = Reply.Message(500, "Sandbox internal error: " + e.GetType().Name);
                }
            }

            Record(arrived, method, path, route.Endpoint, reply, grantType, faultKind, presented);
            await WriteAsync(context, reply);
        }

        private Reply Dispatch(Route route, IncomingRequest request, bool forceRotation, out string presented)
        {
            presented = null;
            switch (route.Endpoint)
            {
                case SandboxEndpoint.Authorize:
                    return _authorize.Handle(request);
                case SandboxEndpoint.Token:
                    return _token.Handle(request, forceRotation, out presented);
            }

            DrsCall call = DrsGate.Admit(_state, request, route.Endpoint, route.Parameter, out Reply refusal, out presented);
            if (call == null)
            {
                return refusal;
            }

            switch (route.Endpoint)
            {
                case SandboxEndpoint.Replenish:
                    return _replenish.Handle(call);
                case SandboxEndpoint.SlotStatus:
                    return _slotStatus.Handle(call);
                case SandboxEndpoint.DeviceStatus:
                    return _deviceStatus.Handle(call);
                case SandboxEndpoint.SubscriptionInfo:
                    return _subscriptionInfo.Handle(call);
                case SandboxEndpoint.Deregister:
                    return _deregister.Handle(call);
                case SandboxEndpoint.OrderInfo:
                    return _orderInfo.Handle(call);
                case SandboxEndpoint.CancelTestOrders:
                    return _cancelTestOrders.Handle(call);
                default:
                    throw new InvalidOperationException("No handler for " + route.Endpoint);
            }
        }

        private void Record(DateTimeOffset arrived, string method, string path, SandboxEndpoint endpoint, Reply reply, string grantType, FaultKind? fault, string presented)
        {
            Record(arrived, method, path, endpoint, reply.Status, reply.Outcome, grantType, fault, presented);
        }

        // status 0 means no answer (connection dropped); of the presented token or code only a fingerprint is kept.
        private void Record(DateTimeOffset arrived, string method, string path, SandboxEndpoint endpoint, int status, string outcome, string grantType, FaultKind? fault, string presented)
        {
            string fingerprint = Fingerprint.Of(presented);
            _log.Add(sequence => new RequestRecord(sequence, arrived, method, path, endpoint, status, grantType, fault, outcome, fingerprint));
        }

        private async Task TimeOutAsync(HttpContext context, TimeSpan hold)
        {
            using (var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping))
            {
                await HoldAsync(hold, either.Token);
            }

            context.Abort();
        }

        /// <summary>Waits <paramref name="delay"/> (capped at 30 s); false when cancelled first.</summary>
        private static async Task<bool> HoldAsync(TimeSpan delay, CancellationToken cancel)
        {
            if (delay > SandboxOptions.HoldCap)
            {
                delay = SandboxOptions.HoldCap;
            }

            try
            {
                await Task.Delay(delay, cancel);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        private static async Task<byte[]> ReadBodyAsync(HttpRequest http, CancellationToken cancel)
        {
            using (var buffer = new MemoryStream())
            {
                byte[] chunk = new byte[8192];
                while (true)
                {
                    int read = await http.Body.ReadAsync(chunk, 0, chunk.Length, cancel);
                    if (read == 0)
                    {
                        return buffer.ToArray();
                    }

                    if (buffer.Length + read > MaxBodyBytes)
                    {
                        return null;
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
        }

        private static async Task WriteAsync(HttpContext context, Reply reply)
        {
            HttpResponse response = context.Response;
            response.StatusCode = reply.Status;
            foreach (var header in reply.Headers)
            {
                response.Headers.Append(header.Key, header.Value);
            }

            byte[] body = reply.Body == null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(reply.Body);
            if (reply.ContentType != null)
            {
                response.ContentType = reply.ContentType;
            }

            response.ContentLength = body.Length;
            try
            {
                await response.Body.WriteAsync(body, 0, body.Length, context.RequestAborted);
            }
            catch (Exception e) when (e is OperationCanceledException || e is IOException)
            {
                // The client went away (its own timeout): nothing to answer to.
            }
        }
    }
}
