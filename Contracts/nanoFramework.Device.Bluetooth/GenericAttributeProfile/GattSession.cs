// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattSession as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattSession.cs).
using System;

namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattSession
    {
        private GattSession() { }

        public delegate void GattSessionStatusChangedEventHandler(Object sender, GattSessionStatusChangedEventArgs args);

        public event GattSessionStatusChangedEventHandler SessionStatusChanged;

        public ushort MaxMtuSize { get { throw null; } }
    }
}
