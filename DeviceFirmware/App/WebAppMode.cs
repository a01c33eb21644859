using System;
using DeviceFirmware.Config;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Replenishment;

namespace DeviceFirmware.App
{
    /// <summary>
    /// The parts <see cref="FirmwareApp"/> uses in the web-app flow instead of the token vault, LWA and DRS: the
    /// signed device API client, the <see cref="ProvisionedMarker"/>, the numbered episode store, the check-in of
    /// BLE provisioning and, while operating, the <see cref="WebAppReplenishment"/>.
    /// </summary>
    public sealed class WebAppMode
    {
        private readonly DeviceApiClient _api;
        private readonly ProvisionedMarker _marker;
        private readonly EpisodeStore _episodes;
        private readonly WebAppCheckIn _checkIn;
        private readonly SupplySlotSettings[] _slots;
        private readonly string _firmwareVersion;
        private readonly FirmwarePorts _ports;
        private WebAppReplenishment _policy;

        /// <summary>Builds the parts; nothing is read or sent yet.</summary>
        /// <param name="config">nf.config, in the web-app flow.</param>
        /// <param name="serial">The serial in use.</param>
        /// <param name="firmwareVersion">The running firmware's version.</param>
        /// <param name="ports">The adapters.</param>
        /// <param name="deviceKey">The unit's key (I:\device.key).</param>
        /// <param name="slots">The configured slots.</param>
        public WebAppMode(FirmwareConfig config, string serial, string firmwareVersion, FirmwarePorts ports, DeviceKey deviceKey, SupplySlotSettings[] slots)
        {
            if (deviceKey == null)
            {
                throw new ArgumentNullException("deviceKey", "the web-app flow signs every request with the device key");
            }

            _ports = ports;
            _slots = slots;
            _firmwareVersion = firmwareVersion;
            _api = new DeviceApiClient(ports.Http, new RequestSigner(deviceKey, ports.Random), serial, config.CloudUrl, ports.Clock, ports.TimeSync, ports.Log);
            _marker = new ProvisionedMarker(ports.Flash, ports.Log);
            _episodes = new EpisodeStore(ports.Flash, ports.Log, true);
            _checkIn = new WebAppCheckIn(_api, _marker, firmwareVersion, ports.Log);
        }

        /// <summary>State 4 of BLE provisioning in this flow.</summary>
        public IAuthorizationCodeExchange CheckIn
        {
            get { return _checkIn; }
        }

        /// <summary>The work while operating; null before <see cref="StartOperating"/> and after <see cref="EraseCredentials"/>.</summary>
        public WebAppReplenishment Policy
        {
            get { return _policy; }
        }

        /// <summary>True when the provisioned marker is on flash; an unreadable marker counts as none (logged).</summary>
        /// <returns>True for a provisioned device.</returns>
        public bool IsProvisionedOnFlash()
        {
            try
            {
                return _marker.IsSet();
            }
            catch (Exception e)
            {
                _ports.Log.Error("boot: the provisioned marker could not be read (" + e.Message + "): treated as not provisioned");
                return false;
            }
        }

        /// <summary>Starts (or restarts) operating with a fresh policy; slot episodes come back from flash.</summary>
        public void StartOperating()
        {
            _policy = new WebAppReplenishment(_slots, _ports.Sensor, _api, _episodes, _firmwareVersion, _ports.Random, _ports.Log);
        }

        /// <summary>
        /// Factory reset of this flow: erases the marker and stops operating. Episode numbers stay: the web
        /// application keeps the outcome of every (device, slot, episode), so numbers that started again at 1
        /// would be answered with old outcomes and order nothing.
        /// </summary>
        public void EraseCredentials()
        {
            _policy = null;
            _marker.Wipe();
        }
    }
}
