// Contract of nanoFramework.Device.Bluetooth.Buffer as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/IO/Buffer.cs).
namespace nanoFramework.Device.Bluetooth
{
    public class Buffer
    {
        public Buffer(byte[] array) { throw null; }
    }
}
