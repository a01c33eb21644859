// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattWriteRequestedEventArgs as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattWriteRequestedEventArgs.cs).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattWriteRequestedEventArgs
    {
        private GattWriteRequestedEventArgs() { }

        public GattWriteRequest GetRequest() { throw null; }
    }
}
