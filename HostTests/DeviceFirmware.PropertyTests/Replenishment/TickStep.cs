namespace DeviceFirmware.PropertyTests.Replenishment
{
    /// <summary>One sampling period of the order-tick scenario: the level the sensor reads and what goes wrong in it.</summary>
    public sealed class TickStep
    {
        /// <summary>Creates the step.</summary>
        /// <param name="level">Level in percent the sensor reads.</param>
        /// <param name="fault">0 none, 1 the next replenish gets no response (not processed), 2 processed but its response is lost, 3 HTTP 503, 4 HTTP 429.</param>
        /// <param name="reboot">0 none, 1 reboot before the tick, 2 power cut during the tick after some flash units.</param>
        /// <param name="cutAfter">Flash units that land before a power cut.</param>
        public TickStep(int level, int fault, int reboot, int cutAfter)
        {
            Level = level;
            Fault = fault;
            Reboot = reboot;
            CutAfter = cutAfter;
        }

        /// <summary>Level in percent.</summary>
        public int Level { get; }

        /// <summary>Transport fault of the step (see the constructor).</summary>
        public int Fault { get; }

        /// <summary>Reboot kind of the step (see the constructor).</summary>
        public int Reboot { get; }

        /// <summary>Flash units that land before a power cut.</summary>
        public int CutAfter { get; }

        /// <summary>A short description.</summary>
        /// <returns>For example "15%/f2/r1".</returns>
        public override string ToString() => Level + "%" + (Fault > 0 ? "/f" + Fault : string.Empty) + (Reboot > 0 ? "/r" + Reboot + (Reboot == 2 ? "@" + CutAfter : string.Empty) : string.Empty);
    }
}
