// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattSessionStatusChangedEventArgs as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattSessionStatusChangedEventArgs.cs).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattSessionStatusChangedEventArgs
    {
        private GattSessionStatusChangedEventArgs() { }

        public GattSessionStatus Status { get { throw null; } }
    }
}
