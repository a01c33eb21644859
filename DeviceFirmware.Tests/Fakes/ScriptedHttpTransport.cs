using System;
using System.Collections;
using DeviceFirmware.Net;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>
    /// An HTTP transport that records every request and answers from a script, in order:
    /// a response, or a transport failure. An unscripted request throws InvalidOperationException,
    /// so a test notices any request it did not expect.
    /// </summary>
    public sealed class ScriptedHttpTransport : IHttpTransport
    {
        private readonly ArrayList _script = new ArrayList();
        private readonly ArrayList _requests = new ArrayList();

        /// <summary>Number of requests sent so far.</summary>
        public int RequestCount
        {
            get { return _requests.Count; }
        }

        /// <summary>The most recent request, or null.</summary>
        public HttpRequest LastRequest
        {
            get { return _requests.Count == 0 ? null : (HttpRequest)_requests[_requests.Count - 1]; }
        }

        /// <summary>Responses and failures not yet used.</summary>
        public int Pending
        {
            get { return _script.Count; }
        }

        /// <summary>Request number <paramref name="index"/> (0-based).</summary>
        public HttpRequest RequestAt(int index)
        {
            return (HttpRequest)_requests[index];
        }

        /// <summary>Queues a response.</summary>
        public ScriptedHttpTransport Respond(int statusCode, string body)
        {
            _script.Add(new HttpResponse(statusCode, body));
            return this;
        }

        /// <summary>Queues a transport failure.</summary>
        public ScriptedHttpTransport Fail(HttpFailureKind kind, string message)
        {
            _script.Add(new HttpTransportException(kind, message));
            return this;
        }

        /// <inheritdoc />
        public HttpResponse Send(HttpRequest request)
        {
            _requests.Add(request);
            if (_script.Count == 0)
            {
                throw new InvalidOperationException("unscripted HTTP request number " + _requests.Count);
            }

            object next = _script[0];
            _script.RemoveAt(0);
            HttpTransportException failure = next as HttpTransportException;
            if (failure != null)
            {
                throw failure;
            }

            return (HttpResponse)next;
        }
    }
}
