namespace DeviceFirmware.Tests.Storage.Support
{
    /// <summary>Tally of a power-cut sweep: what each fresh vault loaded after a cut, and the first thing that went wrong.</summary>
    public sealed class SweepResult
    {
        /// <summary>Power-cut positions tested during the operation under test.</summary>
        public int CutPoints { get; private set; }

        /// <summary>Cuts after which the vault loaded the record held before the operation.</summary>
        public int LoadedOld { get; private set; }

        /// <summary>Cuts after which the vault loaded the record the operation was writing.</summary>
        public int LoadedNew { get; private set; }

        /// <summary>Cuts after which the vault loaded no record.</summary>
        public int LoadedNothing { get; private set; }

        /// <summary>Cuts before the last unit that already loaded the new record (expected 0: the CRC lands last).</summary>
        public int NewBeforeLastUnit { get; private set; }

        /// <summary>Number of checks that failed.</summary>
        public int Failures { get; private set; }

        /// <summary>Description of the first failed check (no token content), or null.</summary>
        public string FirstFailure { get; private set; }

        /// <summary>Counts one tested cut position.</summary>
        public void CountCut()
        {
            CutPoints++;
        }

        /// <summary>Counts a load of the old record.</summary>
        public void CountOld()
        {
            LoadedOld++;
        }

        /// <summary>Counts a load of the new record; <paramref name="early"/> when the cut came before its last unit.</summary>
        public void CountNew(bool early)
        {
            LoadedNew++;
            if (early)
            {
                NewBeforeLastUnit++;
            }
        }

        /// <summary>Counts a load of no record.</summary>
        public void CountNothing()
        {
            LoadedNothing++;
        }

        /// <summary>Records a failed check.</summary>
        public void Fail(string description)
        {
            Failures++;
            if (FirstFailure == null)
            {
                FirstFailure = description;
            }
        }

        /// <summary>Adds another sweep's tally to this one.</summary>
        public void Add(SweepResult other)
        {
            CutPoints += other.CutPoints;
            LoadedOld += other.LoadedOld;
            LoadedNew += other.LoadedNew;
            LoadedNothing += other.LoadedNothing;
            NewBeforeLastUnit += other.NewBeforeLastUnit;
            Failures += other.Failures;
            if (FirstFailure == null)
            {
                FirstFailure = other.FirstFailure;
            }
        }

        /// <summary>One line for test output.</summary>
        public string Summary()
        {
            return CutPoints + " cut points: old " + LoadedOld + " / new " + LoadedNew + " / none " + LoadedNothing + " / failures " + Failures;
        }
    }
}
