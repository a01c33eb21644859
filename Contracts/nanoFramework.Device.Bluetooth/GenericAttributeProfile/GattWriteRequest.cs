// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattWriteRequest as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattWriteRequest.cs).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattWriteRequest
    {
        private GattWriteRequest() { }

        public void Respond() { throw null; }

        public void RespondWithProtocolError(byte protocolError) { throw null; }

        public Buffer Value { get { throw null; } }
    }
}
