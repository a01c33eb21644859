using System;
using DeviceFirmware.Auth;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.App
{
    /// <summary>
    /// State 4 of BLE provisioning in the web-app flow ("contacting the web application"): a signed status call;
    /// any answer 200 provisions the device, whatever "registered" says (the user registers it on the web
    /// application afterwards), and the <see cref="ProvisionedMarker"/> goes to flash before success is reported.
    /// The code, redirect URI, client ID and verifier of the companion flow are null here and unused.
    /// </summary>
    public sealed class WebAppCheckIn : IAuthorizationCodeExchange
    {
        private readonly DeviceApiClient _api;
        private readonly ProvisionedMarker _marker;
        private readonly string _firmwareVersion;
        private readonly ILog _log;

        /// <summary>Creates the step.</summary>
        /// <param name="api">The device API client.</param>
        /// <param name="marker">Where "provisioned" is kept.</param>
        /// <param name="firmwareVersion">Reported in the status call.</param>
        /// <param name="log">Where the outcome is reported.</param>
        public WebAppCheckIn(DeviceApiClient api, ProvisionedMarker marker, string firmwareVersion, ILog log)
        {
            if (api == null || marker == null || firmwareVersion == null || log == null)
            {
                throw new ArgumentNullException(api == null ? "api" : (marker == null ? "marker" : (firmwareVersion == null ? "firmwareVersion" : "log")));
            }

            _api = api;
            _marker = marker;
            _firmwareVersion = firmwareVersion;
            _log = log;
        }

        /// <summary>Calls status and, on an answer, marks the device provisioned.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="code">Unused (null in this flow).</param>
        /// <param name="redirectUri">Unused (null).</param>
        /// <param name="clientId">Unused (null).</param>
        /// <param name="verifier">Unused (null).</param>
        /// <returns>Succeeded; DeviceRejected for 401 unknown_device or bad_signature; CloudUnreachable for anything else.</returns>
        public CodeExchangeResult Exchange(DateTime now, string code, string redirectUri, string clientId, CodeVerifier verifier)
        {
            bool registered;
            try
            {
                registered = _api.ReportStatus(_firmwareVersion);
            }
            catch (DeviceApiException e)
            {
                _log.Warn("provisioning: " + e.Message);
                return e.Failure == DeviceApiFailure.DeviceRejected ? CodeExchangeResult.DeviceRejected : CodeExchangeResult.CloudUnreachable;
            }

            try
            {
                _marker.Set();
            }
            catch (Exception e)
            {
                _log.Error("provisioning: the web application answered but the provisioned marker was not saved (" + e.Message + "): commit again");
                return CodeExchangeResult.CloudUnreachable;
            }

            _log.Info("provisioning: the web application answered; " + (registered ? "the device is registered" : "register the device on the web application (serial and claim code on its label)"));
            return CodeExchangeResult.Succeeded;
        }
    }
}
