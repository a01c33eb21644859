using System;
using System.Collections.Generic;
using DeviceFirmware.Auth;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>State 4 of the web-app flow as the session sees it: scripted outcomes, then success; records what it was given.</summary>
    public sealed class SimulatedCheckIn : IAuthorizationCodeExchange
    {
        private readonly Queue<CodeExchangeResult> _results = new Queue<CodeExchangeResult>();

        /// <summary>Calls received.</summary>
        public int Calls { get; private set; }

        /// <summary>True when any call carried a code, redirect URI, client ID or verifier (the web-app flow has none).</summary>
        public bool GotCompanionValues { get; private set; }

        /// <summary>Queues an outcome for the next call.</summary>
        public void Then(CodeExchangeResult result) => _results.Enqueue(result);

        /// <inheritdoc />
        public CodeExchangeResult Exchange(DateTime now, string code, string redirectUri, string clientId, CodeVerifier verifier)
        {
            Calls++;
            GotCompanionValues |= code != null || redirectUri != null || clientId != null || verifier != null;
            return _results.Count > 0 ? _results.Dequeue() : CodeExchangeResult.Succeeded;
        }
    }
}
