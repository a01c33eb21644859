using System;
using System.Collections.Generic;

namespace DeviceFirmware.Sandbox.Log
{
    /// <summary>
    /// Every request the sandbox received, in arrival order, recorded before the answer is sent (so a
    /// client that got its answer finds its request here). Thread-safe.
    /// </summary>
    public sealed class RequestLog
    {
        private readonly object _gate = new object();
        private readonly List<RequestRecord> _records = new List<RequestRecord>();
        private long _sequence;

        /// <summary>Raised after each record is added (on the request's thread; keep handlers short, never throw).</summary>
        public event Action<RequestRecord> Recorded;

        /// <summary>Requests recorded so far.</summary>
        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _records.Count;
                }
            }
        }

        /// <summary>A copy of the records, oldest first.</summary>
        /// <returns>The records.</returns>
        public IReadOnlyList<RequestRecord> Snapshot()
        {
            lock (_gate)
            {
                return _records.ToArray();
            }
        }

        /// <summary>Requests that reached <paramref name="endpoint"/>.</summary>
        /// <param name="endpoint">The endpoint (Any counts everything, AnyDrs the DRS endpoints).</param>
        /// <param name="grantType">When not null, only token requests with this grant_type.</param>
        /// <returns>The count.</returns>
        public int CountOf(SandboxEndpoint endpoint, string grantType = null)
        {
            lock (_gate)
            {
                int count = 0;
                foreach (RequestRecord record in _records)
                {
                    bool endpointMatches = endpoint == SandboxEndpoint.Any
                        || record.Endpoint == endpoint
                        || (endpoint == SandboxEndpoint.AnyDrs && Drs.DrsContract.IsDrs(record.Endpoint));
                    if (endpointMatches && (grantType == null || grantType == record.GrantType))
                    {
                        count++;
                    }
                }

                return count;
            }
        }

        /// <summary>Requests per endpoint (endpoints never reached are absent).</summary>
        /// <returns>The counts.</returns>
        public IReadOnlyDictionary<SandboxEndpoint, int> CountByEndpoint()
        {
            lock (_gate)
            {
                var counts = new SortedDictionary<SandboxEndpoint, int>();
                foreach (RequestRecord record in _records)
                {
                    counts.TryGetValue(record.Endpoint, out int count);
                    counts[record.Endpoint] = count + 1;
                }

                return counts;
            }
        }

        /// <summary>Forgets every record (sequence numbers keep counting).</summary>
        public void Clear()
        {
            lock (_gate)
            {
                _records.Clear();
            }
        }

        internal RequestRecord Add(Func<long, RequestRecord> make)
        {
            RequestRecord record;
            lock (_gate)
            {
                record = make(++_sequence);
                _records.Add(record);
            }

            try
            {
                Recorded?.Invoke(record);
            }
            catch (Exception)
            {
                // A watcher's failure must not fail the request it watched: the record is kept either way.
            }

            return record;
        }
    }
}
