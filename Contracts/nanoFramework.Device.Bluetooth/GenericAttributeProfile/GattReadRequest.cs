// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattReadRequest as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattReadRequest.cs).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattReadRequest
    {
        private GattReadRequest() { }

        public void RespondWithValue(Buffer value) { throw null; }
    }
}
