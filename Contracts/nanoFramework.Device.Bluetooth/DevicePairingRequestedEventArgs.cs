// Contract of nanoFramework.Device.Bluetooth.DevicePairingRequestedEventArgs as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/Security/DevicePairingRequestedEventArgs.cs).
namespace nanoFramework.Device.Bluetooth
{
    public class DevicePairingRequestedEventArgs
    {
        private DevicePairingRequestedEventArgs() { }

        public DevicePairingKinds PairingKind { get { throw null; } }

        public void Accept() { throw null; }

        public void Accept(int passkey) { throw null; }
    }
}
