// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattServiceProvider as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattServiceProvider.cs, the BluetoothLEAdvertisementPublisher-based version).
using System;

namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattServiceProvider
    {
        private GattServiceProvider() { }

        public void StartAdvertising(GattServiceProviderAdvertisingParameters parameters) { throw null; }

        public void StopAdvertising() { throw null; }

        public static GattServiceProviderResult Create(Guid serviceUuid) { throw null; }

        public GattLocalService Service { get { throw null; } }
    }
}
