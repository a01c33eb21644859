using System;
using System.Reflection;
using DeviceFirmware.App;
using DeviceFirmware.Drs;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The maker's test bench: DRS calls the firmware has no caller for (order info, cancelling test
    /// orders), sent by the running device's own <see cref="DrsClient"/> with its own access token, as a
    /// maker would from a debug command on the serial console. The firmware keeps its client private
    /// (nothing on the device calls these), so the bench reaches it by reflection.
    /// </summary>
    public static class MakerBench
    {
        private static readonly FieldInfo DrsField = typeof(FirmwareApp).GetField("_drs", BindingFlags.NonPublic | BindingFlags.Instance);

        /// <summary>The running firmware's DRS client.</summary>
        /// <exception cref="InvalidOperationException">The firmware no longer holds it where the bench looks.</exception>
        public static DrsClient DrsOf(FirmwareApp app)
        {
            if (app == null)
            {
                throw new InvalidOperationException("the device is off");
            }

            return DrsField?.GetValue(app) as DrsClient
                ?? throw new InvalidOperationException("FirmwareApp no longer keeps its DrsClient in _drs: update MakerBench");
        }
    }
}
