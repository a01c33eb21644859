using System;
using DeviceFirmware.App;
using DeviceFirmware.Drs;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The maker's test bench: DRS calls the firmware has no caller for (order info, cancelling test
    /// orders), sent by the running device's own <see cref="DrsClient"/> with its own access token, as a
    /// maker would from a debug command on the serial console (<see cref="FirmwareApp.Drs"/>; nothing on
    /// the device calls these).
    /// </summary>
    public static class MakerBench
    {
        /// <summary>The running firmware's DRS client.</summary>
        /// <exception cref="InvalidOperationException">The device is off.</exception>
        public static DrsClient DrsOf(FirmwareApp app)
        {
            if (app == null)
            {
                throw new InvalidOperationException("the device is off");
            }

            return app.Drs;
        }
    }
}
