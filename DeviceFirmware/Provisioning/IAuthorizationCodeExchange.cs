using System;
using DeviceFirmware.Auth;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// Exchanges the authorization code the companion app delivered for tokens and stores them
    /// (port; <see cref="KeeperCodeExchange"/> adapts the Auth code). Called from the main loop
    /// only; it may block for an HTTPS round trip.
    /// </summary>
    public interface IAuthorizationCodeExchange
    {
        /// <summary>Exchanges the code with this attempt's verifier.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="code">The authorization code. A secret: never log it.</param>
        /// <param name="redirectUri">The redirect URI the app used, unchanged.</param>
        /// <param name="clientId">The app's LWA client ID.</param>
        /// <param name="verifier">The verifier whose challenge the app sent to LWA.</param>
        /// <returns>How it ended.</returns>
        CodeExchangeResult Exchange(DateTime now, string code, string redirectUri, string clientId, CodeVerifier verifier);
    }
}
