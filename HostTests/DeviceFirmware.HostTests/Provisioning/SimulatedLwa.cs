using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using DeviceFirmware.Auth;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>
    /// Login with Amazon as far as provisioning sees it: the app logs in with a challenge and gets a
    /// single-use code bound to client, redirect URI and challenge (RFC 7636 section 4.6 check with
    /// .NET's own SHA-256); the device redeems it with the verifier.
    /// </summary>
    internal sealed class SimulatedLwa : IAuthorizationCodeExchange
    {
        public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);

        private readonly Dictionary<string, Grant> _grants = new Dictionary<string, Grant>();
        private readonly Func<DateTime> _now;
        private int _codes;

        public SimulatedLwa(string registeredClientId, Func<DateTime> now)
        {
            RegisteredClientId = registeredClientId;
            _now = now;
        }

        public string RegisteredClientId { get; }

        public bool Reachable { get; set; } = true;

        public int Exchanges { get; private set; }

        public int TokensIssued { get; private set; }

        /// <summary>Verifiers the device presented, to prove they never crossed the BLE link.</summary>
        public List<string> VerifiersSeen { get; } = new List<string>();

        /// <summary>The app's login: a code of <paramref name="length"/> characters for this challenge.</summary>
        public string Login(string clientId, string redirectUri, string challenge, string method, int length = 80)
        {
            if (method != PkceMethodNames.S256)
            {
                throw new ArgumentException("the simulated LWA takes S256 only");
            }

            _codes++;
            string prefix = "ANcode" + _codes + "x";
            string code = (prefix + new string('Q', length)).Substring(0, length);
            _grants[code] = new Grant(clientId, redirectUri, challenge, _now() + CodeLifetime);
            return code;
        }

        public CodeExchangeResult Exchange(DateTime now, string code, string redirectUri, string clientId, CodeVerifier verifier)
        {
            Exchanges++;
            if (!Reachable)
            {
                return CodeExchangeResult.Unreachable;
            }

            if (clientId != RegisteredClientId)
            {
                return CodeExchangeResult.ClientRejected;
            }

            string verifierText = verifier.Reveal();
            VerifiersSeen.Add(verifierText);
            if (!_grants.TryGetValue(code, out Grant grant))
            {
                return CodeExchangeResult.CodeRejected;
            }

            // Single use: the first redemption consumes the code, right or wrong.
            _grants.Remove(code);
            string challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifierText)));
            bool valid = grant.ClientId == clientId && grant.RedirectUri == redirectUri && grant.Challenge == challenge && now <= grant.Expires;
            if (!valid)
            {
                return CodeExchangeResult.CodeRejected;
            }

            TokensIssued++;
            return CodeExchangeResult.Succeeded;
        }

        private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        private sealed record Grant(string ClientId, string RedirectUri, string Challenge, DateTime Expires);
    }
}
