// Contract of nanoFramework.Device.Bluetooth.DevicePairingEventArgs as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/Security/DevicePairingEventArgs.cs).
namespace nanoFramework.Device.Bluetooth
{
    public class DevicePairingEventArgs
    {
        private DevicePairingEventArgs() { }

        public DevicePairingResultStatus Status { get { throw null; } }
    }
}
