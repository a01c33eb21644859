// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattReadRequestedEventArgs as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattReadRequestedEventArgs.cs).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattReadRequestedEventArgs
    {
        private GattReadRequestedEventArgs() { }

        public GattReadRequest GetRequest() { throw null; }
    }
}
