using System.Threading;
using DeviceFirmware.Config;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Esp32;

namespace DeviceFirmware
{
    /// <summary>
    /// Device composition root: builds the portable firmware with the ESP32 adapters and runs it.
    /// Provisioning, tokens and replenishment are wired in as their issues land (see README, Status).
    /// </summary>
    public class Program
    {
        /// <summary>Entry point called by nanoCLR after boot.</summary>
        public static void Main()
        {
            ILog log = new SerialConsoleLog();
            log.Info("DeviceFirmware starting");

            FirmwareConfig config = ConfigLoader.Load(new FlashConfigFile(), log);
            if (config == null)
            {
                // Stay up and say why, rather than reboot-looping: the stored tokens stay untouched.
                log.Error("halted: fix nf.config and redeploy it, then reset the board");
            }

            Thread.Sleep(Timeout.Infinite);
        }
    }
}
