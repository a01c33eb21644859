// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattLocalCharacteristicResult as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattLocalCharacteristicResult.cs).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattLocalCharacteristicResult
    {
        private GattLocalCharacteristicResult() { }

        public GattLocalCharacteristic Characteristic { get { throw null; } }

        public BluetoothError Error { get { throw null; } }
    }
}
