using System;
using System.Threading;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Drs;
using DeviceFirmware.Provisioning;
using nanoFramework.Networking;

namespace DeviceFirmware.Esp32
{
    /// <summary>
    /// <see cref="ITimeSync"/> over nanoFramework's SNTP client (servers 0.pool.ntp.org and 1.pool.ntp.org,
    /// the package defaults): starts it (it then resyncs hourly by itself) or asks for an update, and waits,
    /// bounded, until the clock reads a plausible date. TLS certificate checks need that before any HTTPS call.
    /// A clock that was already plausible (synchronised earlier since power-up) counts as synchronised.
    /// </summary>
    public sealed class SntpTimeSync : ITimeSync
    {
        /// <summary>Earliest plausible UTC time: an ESP32 without SNTP counts from 1970, never past this firmware's making.</summary>
        public static readonly DateTime EarliestPlausible = new DateTime(2025, 1, 1, 0, 0, 0);

        private const int PollMs = 250;

        private readonly TimeSpan _timeout;
        private readonly ILog _log;

        /// <summary>Creates the adapter.</summary>
        /// <param name="timeout">Longest wait for a plausible clock, e.g. 15 s.</param>
        /// <param name="log">Where the outcome is reported.</param>
        public SntpTimeSync(TimeSpan timeout, ILog log)
        {
            if (timeout <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException("timeout", "time sync needs a positive timeout");
            }

            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            _timeout = timeout;
            _log = log;
        }

        /// <inheritdoc />
        public bool Synchronize()
        {
            if (Sntp.IsStarted)
            {
                Sntp.UpdateNow();
            }
            else
            {
                Sntp.Start();
            }

            int waited = 0;
            int limit = (int)_timeout.TotalMilliseconds;
            while (DateTime.UtcNow < EarliestPlausible)
            {
                if (waited >= limit)
                {
                    _log.Warn("SNTP: no time server answered within " + (int)_timeout.TotalSeconds + " s");
                    return false;
                }

                Thread.Sleep(PollMs);
                waited += PollMs;
            }

            _log.Info("SNTP: clock is " + IsoUtcDate.Format(DateTime.UtcNow));
            return true;
        }
    }
}
