// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattLocalCharacteristic as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattLocalCharacteristic.cs).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattLocalCharacteristic
    {
        private GattLocalCharacteristic() { }

        public delegate void GattLocalCharacteristicReadEventHandler(GattLocalCharacteristic sender, GattReadRequestedEventArgs ReadRequestEventArgs);

        public delegate void GattLocalCharacteristicWriteEventHandler(GattLocalCharacteristic sender, GattWriteRequestedEventArgs WriteRequestEventArgs);

        public GattClientNotificationResult[] NotifyValue(Buffer value) { throw null; }

        public event GattLocalCharacteristicReadEventHandler ReadRequested;

        public event GattLocalCharacteristicWriteEventHandler WriteRequested;
    }
}
