// Contract of nanoFramework.Device.Bluetooth.DataReader as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/IO/DataReader.cs).
using System;

namespace nanoFramework.Device.Bluetooth
{
    public class DataReader
    {
        private DataReader() { }

        public static DataReader FromBuffer(Buffer buffer) { throw null; }

        public uint UnconsumedBufferLength { get { throw null; } }

        public void ReadBytes(Byte[] value) { throw null; }
    }
}
