// Contract of nanoFramework.Device.Bluetooth.BluetoothLEServer as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/BluetoothLEServer.cs).
using System;
using nanoFramework.Device.Bluetooth.GenericAttributeProfile;

namespace nanoFramework.Device.Bluetooth
{
    public class BluetoothLEServer : IDisposable
    {
        private BluetoothLEServer() { }

        public static BluetoothLEServer Instance { get { throw null; } }

        public String DeviceName { get { throw null; } set { throw null; } }

        public GattSession Session { get { throw null; } }

        public DevicePairing Pairing { get { throw null; } }

        public void Stop() { throw null; }

        public void Dispose() { throw null; }
    }
}
