using System.Collections;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A Wi-Fi station that answers scripted results in order, then Joined.</summary>
    public sealed class ScriptedWifiStation : IWifiStation
    {
        private readonly ArrayList _results = new ArrayList();

        /// <summary>Number of joins.</summary>
        public int JoinCount { get; private set; }

        /// <summary>SSID of the last join.</summary>
        public string LastSsid { get; private set; }

        /// <summary>Password of the last join (kept only to check it arrived intact).</summary>
        public string LastPassword { get; private set; }

        /// <summary>Queues the result of a coming join.</summary>
        public void Then(WifiJoinResult result)
        {
            _results.Add(result);
        }

        /// <inheritdoc />
        public WifiJoinResult Join(string ssid, string password)
        {
            JoinCount++;
            LastSsid = ssid;
            LastPassword = password;
            if (_results.Count == 0)
            {
                return WifiJoinResult.Joined;
            }

            WifiJoinResult result = (WifiJoinResult)_results[0];
            _results.RemoveAt(0);
            return result;
        }
    }
}
