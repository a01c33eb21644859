using System;
using DeviceFirmware.Net;

namespace DeviceFirmware.Auth
{
    /// <summary>
    /// Builds the two token requests the device makes (RFC 6749 sections 4.1.3 and 6, RFC 7636
    /// section 4.5, as LWA documents them): a POST to the token URL with an
    /// application/x-www-form-urlencoded body and no other header. The device is a public client:
    /// no client secret, ever. Field order is fixed so the bytes are predictable.
    /// </summary>
    public static class LwaTokenRequests
    {
        /// <summary>grant_type of the code exchange.</summary>
        public const string AuthorizationCodeGrant = "authorization_code";

        /// <summary>grant_type of the refresh.</summary>
        public const string RefreshTokenGrant = "refresh_token";

        /// <summary>
        /// The code exchange: grant_type=authorization_code, code, redirect_uri (exactly as the
        /// app received it), client_id, code_verifier.
        /// </summary>
        /// <param name="tokenUrl">The LWA token endpoint.</param>
        /// <param name="clientId">The client ID the app received.</param>
        /// <param name="code">The authorization code.</param>
        /// <param name="redirectUri">The redirect URI the app used, unchanged.</param>
        /// <param name="codeVerifier">The PKCE verifier text.</param>
        /// <returns>The request.</returns>
        public static HttpRequest CodeExchange(string tokenUrl, string clientId, string code, string redirectUri, string codeVerifier)
        {
            CheckTokenUrl(tokenUrl);
            RequireClientId(clientId);
            RequireText(code, "code", "authorization code");
            RequireText(redirectUri, "redirectUri", "redirect URI");
            RequireText(codeVerifier, "codeVerifier", "code verifier");
            FormBody body = new FormBody()
                .Add("grant_type", AuthorizationCodeGrant)
                .Add("code", code)
                .Add("redirect_uri", redirectUri)
                .Add("client_id", clientId)
                .Add("code_verifier", codeVerifier);
            return Post(tokenUrl, body);
        }

        /// <summary>The refresh: grant_type=refresh_token, refresh_token, client_id.</summary>
        /// <param name="tokenUrl">The LWA token endpoint.</param>
        /// <param name="clientId">The client ID stored at provisioning.</param>
        /// <param name="refreshToken">The stored refresh token.</param>
        /// <returns>The request.</returns>
        public static HttpRequest Refresh(string tokenUrl, string clientId, string refreshToken)
        {
            CheckTokenUrl(tokenUrl);
            RequireClientId(clientId);
            RequireText(refreshToken, "refreshToken", "refresh token");
            FormBody body = new FormBody()
                .Add("grant_type", RefreshTokenGrant)
                .Add("refresh_token", refreshToken)
                .Add("client_id", clientId);
            return Post(tokenUrl, body);
        }

        /// <summary>
        /// Checks that tokens go only over TLS: https, or http to a loopback host (the local
        /// sandbox). Tokens sent in clear text to anything else would be readable on the network.
        /// </summary>
        /// <param name="tokenUrl">The token endpoint.</param>
        /// <exception cref="ArgumentException">Any other URL.</exception>
        public static void CheckTokenUrl(string tokenUrl)
        {
            if (tokenUrl == null)
            {
                throw new ArgumentNullException("tokenUrl");
            }

            if (OrdinalText.StartsWith(tokenUrl, "https://"))
            {
                return;
            }

            if (OrdinalText.StartsWith(tokenUrl, "http://127.0.0.1:") || OrdinalText.StartsWith(tokenUrl, "http://127.0.0.1/")
                || OrdinalText.StartsWith(tokenUrl, "http://localhost:") || OrdinalText.StartsWith(tokenUrl, "http://localhost/")
                || OrdinalText.StartsWith(tokenUrl, "http://[::1]:") || OrdinalText.StartsWith(tokenUrl, "http://[::1]/"))
            {
                return;
            }

            throw new ArgumentException("LWA token URL must be https (http only to a loopback host): tokens never travel in clear text", "tokenUrl");
        }

        private static HttpRequest Post(string tokenUrl, FormBody body)
        {
            HttpRequest request = new HttpRequest(HttpMethods.Post, tokenUrl);
            request.SetBody(body.Build(), FormBody.ContentType);
            return request;
        }

        // RFC 6749 appendix A.1: client_id = *VSCHAR (0x20-0x7E). It also goes into log lines.
        private static void RequireClientId(string clientId)
        {
            RequireText(clientId, "clientId", "client ID");
            for (int i = 0; i < clientId.Length; i++)
            {
                if (clientId[i] < ' ' || clientId[i] > '~')
                {
                    throw new ArgumentException("client ID has a character outside RFC 6749's VSCHAR set at position " + i, "clientId");
                }
            }
        }

        private static void RequireText(string value, string parameter, string what)
        {
            if (value == null || value.Length == 0)
            {
                throw new ArgumentException(what + " is missing or empty", parameter);
            }
        }
    }
}
