using System.Diagnostics;
using System.Threading;

namespace DeviceFirmware
{
    /// <summary>
    /// Device composition root: builds the portable firmware with the ESP32 adapters and runs it.
    /// </summary>
    public class Program
    {
        /// <summary>Entry point called by nanoCLR after boot.</summary>
        public static void Main()
        {
            Debug.WriteLine("DeviceFirmware starting");
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
