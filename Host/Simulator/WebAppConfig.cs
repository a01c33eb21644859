using System;
using System.Text;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// Turns an nf.config into its web-app-flow twin: device.flow = web-app, [cloud] url = the web application,
    /// and no [lwa], [drs] or [pkce] section (the firmware refuses those keys in that flow: the web application
    /// talks to LWA and DRS). Everything else (model, serial, provisioning, slots) is kept as written.
    /// </summary>
    public static class WebAppConfig
    {
        private static readonly string[] DroppedSections = { "lwa", "drs", "pkce", "cloud" };

        /// <summary>The text of <paramref name="configText"/> in the web-app flow against <paramref name="cloudUrl"/>.</summary>
        public static string From(string configText, string cloudUrl)
        {
            var output = new StringBuilder();
            string section = null;
            bool flowWritten = false;
            foreach (string raw in configText.Replace("\r\n", "\n").Split('\n'))
            {
                string line = raw.Trim();
                if (line.StartsWith("[", StringComparison.Ordinal) && line.EndsWith("]", StringComparison.Ordinal))
                {
                    section = line.Substring(1, line.Length - 2).Trim();
                    if (Array.IndexOf(DroppedSections, section) >= 0)
                    {
                        continue;
                    }

                    output.Append(raw).Append('\n');
                    if (section == "device")
                    {
                        output.Append("flow = web-app\n");
                        flowWritten = true;
                    }

                    continue;
                }

                if (section != null && Array.IndexOf(DroppedSections, section) >= 0)
                {
                    continue;
                }

                if (section == "device" && IsKey(line, "flow"))
                {
                    continue;
                }

                output.Append(raw).Append('\n');
            }

            if (!flowWritten)
            {
                output.Insert(0, "[device]\nflow = web-app\n");
            }

            output.Append("[cloud]\nurl = ").Append(cloudUrl).Append('\n');
            return output.ToString();
        }

        private static bool IsKey(string line, string key)
        {
            int eq = line.IndexOf('=');
            return eq > 0 && line.Substring(0, eq).Trim() == key;
        }
    }
}
