// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattLocalService as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattLocalService.cs).
using System;

namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattLocalService
    {
        private GattLocalService() { }

        public GattLocalCharacteristicResult CreateCharacteristic(Guid characteristicUuid, GattLocalCharacteristicParameters parameters) { throw null; }
    }
}
