using System;
using DeviceFirmware.Auth;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// The step of state 4 (EXCHANGING_CODE): in the companion flow, exchanges the authorization code the
    /// companion app delivered for tokens and stores them (port; <see cref="KeeperCodeExchange"/> adapts the Auth
    /// code); in the web-app flow, contacts the web application with a signed status call and marks the device
    /// provisioned (App/WebAppCheckIn), with null code, redirect URI, client ID and verifier. Called from the main
    /// loop only; it may block for an HTTPS round trip.
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
