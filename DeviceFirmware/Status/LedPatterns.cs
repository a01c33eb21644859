using System;
using DeviceFirmware.App;

namespace DeviceFirmware.Status
{
    /// <summary>
    /// The status LED's pattern for each <see cref="FirmwareMode"/> (the application's <see cref="FirmwareApp.Mode"/>) (README, Hardware guide). Every mode differs
    /// in rhythm, not only in speed, so a user tells them apart without a reference:
    /// one short flash every 2 s (unprovisioned), even fast blinking (window open), a double flash
    /// (connecting), steady on (operating), a triple flash (error).
    /// </summary>
    public static class LedPatterns
    {
        /// <summary>Unprovisioned: one short flash every 2 s (calm: nothing is happening yet).</summary>
        public static readonly LedPattern Unprovisioned = new LedPattern("single flash every 2 s", new int[] { 150, 1850 });

        /// <summary>Provisioning window open: 2 blinks per second, lit half the time (inviting: "pair me now").</summary>
        public static readonly LedPattern WindowOpen = new LedPattern("fast even blink", new int[] { 250, 250 });

        /// <summary>Connecting: two short flashes every 1.5 s.</summary>
        public static readonly LedPattern Connecting = new LedPattern("double flash", new int[] { 150, 150, 150, 1050 });

        /// <summary>Operating: steady on.</summary>
        public static readonly LedPattern Operating = LedPattern.SteadyOn;

        /// <summary>Error: three quick flashes every 2 s.</summary>
        public static readonly LedPattern Error = new LedPattern("triple flash", new int[] { 100, 100, 100, 100, 100, 1500 });

        /// <summary>Web-app flow, not registered on the web application yet ("register me"): slow even blink, 1 s on, 1 s off.</summary>
        public static readonly LedPattern NotRegistered = new LedPattern("slow even blink", new int[] { 1000, 1000 });

        /// <summary>The pattern for a mode.</summary>
        /// <param name="mode">What the LED shows.</param>
        /// <returns>The pattern (one shared instance per mode).</returns>
        /// <exception cref="ArgumentOutOfRangeException">Not a defined mode.</exception>
        public static LedPattern For(FirmwareMode mode)
        {
            switch (mode)
            {
                case FirmwareMode.Unprovisioned:
                    return Unprovisioned;
                case FirmwareMode.WindowOpen:
                    return WindowOpen;
                case FirmwareMode.Connecting:
                    return Connecting;
                case FirmwareMode.Operating:
                    return Operating;
                case FirmwareMode.Error:
                    return Error;
                case FirmwareMode.NotRegistered:
                    return NotRegistered;
                default:
                    throw new ArgumentOutOfRangeException("mode", "no LED pattern for mode " + (int)mode);
            }
        }
    }
}
