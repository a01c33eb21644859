// Contract of nanoFramework.Device.Bluetooth.DevicePairing as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/Security/DevicePairing.cs).
using System;

namespace nanoFramework.Device.Bluetooth
{
    public sealed class DevicePairing
    {
        private DevicePairing() { }

        public delegate void DevicePairingRequestedHandler(Object sender, DevicePairingRequestedEventArgs args);

        public delegate void PairingCompleteHandler(Object sender, DevicePairingEventArgs args);

        public event DevicePairingRequestedHandler PairingRequested;

        public event PairingCompleteHandler PairingComplete;

        public bool AllowBonding { get { throw null; } set { throw null; } }

        public DevicePairingProtectionLevel ProtectionLevel { get { throw null; } set { throw null; } }

        public DevicePairingIOCapabilities IOCapabilities { get { throw null; } set { throw null; } }

        public bool IsAuthenticated { get { throw null; } }
    }
}
