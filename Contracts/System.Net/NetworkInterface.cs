// Contract of System.Net.NetworkInformation.NetworkInterface as declared in NuGet nanoFramework.System.Net 1.11.54 (nanoframework/System.Net nanoFramework.System.Net/NetworkInformation/NetworkInterface.cs).
namespace System.Net.NetworkInformation
{
    public class NetworkInterface
    {
        private NetworkInterface() { }

        public static NetworkInterface[] GetAllNetworkInterfaces() { throw null; }

        public string IPv4Address { get { throw null; } }

        public byte[] PhysicalAddress { get { throw null; } set { throw null; } }

        public NetworkInterfaceType NetworkInterfaceType { get { throw null; } }

        public uint SpecificConfigId { get { throw null; } set { throw null; } }
    }
}
