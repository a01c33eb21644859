// Contract of System.Net.NetworkInformation.NetworkInterfaceType as declared in NuGet nanoFramework.System.Net 1.11.54 (nanoframework/System.Net nanoFramework.System.Net/NetworkInformation/NetworkInterfaceType.cs).
namespace System.Net.NetworkInformation
{
    public enum NetworkInterfaceType
    {
        Unknown = 1,
        Ethernet = 6,
        Wireless80211 = 71,
        WirelessAP = 72,
    }
}
