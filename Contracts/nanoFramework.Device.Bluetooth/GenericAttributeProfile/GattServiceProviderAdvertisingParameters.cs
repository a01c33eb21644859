// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattServiceProviderAdvertisingParameters as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattServiceProviderAdvertisingParameters.cs, the version with Advertisement and CustomAdvertisement).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattServiceProviderAdvertisingParameters
    {
        public GattServiceProviderAdvertisingParameters() { throw null; }

        public bool IsDiscoverable { get { throw null; } set { throw null; } }

        public bool IsConnectable { get { throw null; } set { throw null; } }
    }
}
