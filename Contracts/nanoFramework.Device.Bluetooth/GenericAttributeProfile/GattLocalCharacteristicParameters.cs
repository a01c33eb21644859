// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattLocalCharacteristicParameters as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattLocalCharacteristicParameters.cs).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattLocalCharacteristicParameters
    {
        public GattLocalCharacteristicParameters() { throw null; }

        public GattProtectionLevel WriteProtectionLevel { get { throw null; } set { throw null; } }

        public string UserDescription { get { throw null; } set { throw null; } }

        public GattProtectionLevel ReadProtectionLevel { get { throw null; } set { throw null; } }

        public GattCharacteristicProperties CharacteristicProperties { get { throw null; } set { throw null; } }
    }
}
