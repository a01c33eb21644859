// Contract of System.Net.NetworkInformation.Wireless80211Configuration as declared in NuGet nanoFramework.System.Net 1.11.54 (nanoframework/System.Net nanoFramework.System.Net/NetworkInformation/Wireless80211Configuration.cs).
namespace System.Net.NetworkInformation
{
    public class Wireless80211Configuration
    {
        private Wireless80211Configuration() { }

        public string Password { get { throw null; } set { throw null; } }

        public string Ssid { get { throw null; } set { throw null; } }

        public void SaveConfiguration() { throw null; }

        public static Wireless80211Configuration[] GetAllWireless80211Configurations() { throw null; }
    }
}
