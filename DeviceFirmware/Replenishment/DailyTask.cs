using System;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// A task due once per UTC calendar day (device status, subscription info): due at start-up,
    /// then again at the first check after each UTC midnight. A clock set back does not make it due
    /// again for a day already done.
    /// </summary>
    public sealed class DailyTask
    {
        private readonly string _name;
        private bool _done;
        private DateTime _lastDay;

        /// <summary>Creates a task that is due.</summary>
        /// <param name="name">Its name, for logs.</param>
        public DailyTask(string name)
        {
            _name = name;
        }

        /// <summary>The task's name.</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>True when the task has not been done on <paramref name="now"/>'s UTC day (or a later one).</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>Whether it is due.</returns>
        public bool IsDue(DateTime now)
        {
            return !_done || now.Date > _lastDay;
        }

        /// <summary>Records that the task was done at <paramref name="now"/>.</summary>
        /// <param name="now">Current time (UTC).</param>
        public void MarkDone(DateTime now)
        {
            _done = true;
            _lastDay = now.Date;
        }

        /// <summary>Makes the task due now, whatever day it last ran (e.g. the status report after the device joined the network again).</summary>
        public void MarkDue()
        {
            _done = false;
        }

        /// <summary>When the task is next due.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns><paramref name="now"/> when due, otherwise the next UTC midnight.</returns>
        public DateTime NextDue(DateTime now)
        {
            return IsDue(now) ? now : _lastDay.AddDays(1);
        }
    }
}
