using System.Collections;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A time source that answers scripted results in order, then success.</summary>
    public sealed class ScriptedTimeSync : ITimeSync
    {
        private readonly ArrayList _results = new ArrayList();

        /// <summary>Number of synchronisations.</summary>
        public int SyncCount { get; private set; }

        /// <summary>Queues the result of a coming synchronisation.</summary>
        public void Then(bool synced)
        {
            _results.Add(synced);
        }

        /// <inheritdoc />
        public bool Synchronize()
        {
            SyncCount++;
            if (_results.Count == 0)
            {
                return true;
            }

            bool result = (bool)_results[0];
            _results.RemoveAt(0);
            return result;
        }
    }
}
