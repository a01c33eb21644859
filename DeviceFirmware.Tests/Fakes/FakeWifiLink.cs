using DeviceFirmware.App;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A stored Wi-Fi network that rejoins when told to, or fails while <see cref="Reachable"/> is false.</summary>
    public sealed class FakeWifiLink : IWifiLink
    {
        /// <summary>Creates a link with credentials stored and the network in range.</summary>
        public FakeWifiLink()
        {
            Reachable = true;
            HasCredentials = true;
        }

        /// <summary>False: every rejoin fails (access point off).</summary>
        public bool Reachable { get; set; }

        /// <summary>True while credentials are stored.</summary>
        public bool HasCredentials { get; private set; }

        /// <summary>Rejoin attempts so far.</summary>
        public int ReconnectCount { get; private set; }

        /// <summary>Times the credentials were forgotten.</summary>
        public int ForgetCount { get; private set; }

        /// <inheritdoc />
        public bool IsConnected { get; set; }

        /// <inheritdoc />
        public bool Reconnect()
        {
            ReconnectCount++;
            IsConnected = Reachable && HasCredentials;
            return IsConnected;
        }

        /// <inheritdoc />
        public void ForgetCredentials()
        {
            ForgetCount++;
            HasCredentials = false;
            IsConnected = false;
        }
    }
}
