using System;
using System.Collections.Generic;

namespace DeviceFirmware.Sandbox.Faults
{
    /// <summary>
    /// The faults armed on a running sandbox. Thread-safe; arm and clear them at any time, e.g.
    /// <c>sandbox.Faults.Add(SandboxEndpoint.Replenish, FaultKind.ServiceUnavailable, 3)</c>.
    /// </summary>
    public sealed class FaultInjector
    {
        private readonly object _gate = new object();
        private readonly List<SandboxFault> _faults = new List<SandboxFault>();

        /// <summary>Arms a fault for the next <paramref name="count"/> requests to <paramref name="endpoint"/>.</summary>
        /// <param name="endpoint">The endpoint, or <see cref="SandboxEndpoint.Any"/> / <see cref="SandboxEndpoint.AnyDrs"/>.</param>
        /// <param name="kind">What it does.</param>
        /// <param name="count">How many requests (<see cref="SandboxFault.Always"/> for all).</param>
        /// <param name="delay">Delay for Timeout, Slow and TooManyRequests; null for the default.</param>
        /// <returns>The fault, to watch its <see cref="SandboxFault.Applied"/> count.</returns>
        public SandboxFault Add(SandboxEndpoint endpoint, FaultKind kind, int count = 1, TimeSpan? delay = null)
        {
            return Add(new SandboxFault(endpoint, kind, count, delay));
        }

        /// <summary>Arms <paramref name="fault"/>.</summary>
        /// <param name="fault">The fault.</param>
        /// <returns>The same fault.</returns>
        public SandboxFault Add(SandboxFault fault)
        {
            if (fault == null)
            {
                throw new ArgumentNullException(nameof(fault));
            }

            lock (_gate)
            {
                _faults.Add(fault);
            }

            return fault;
        }

        /// <summary>Disarms every fault.</summary>
        public void Clear()
        {
            lock (_gate)
            {
                _faults.Clear();
            }
        }

        /// <summary>The faults still armed, earliest first.</summary>
        public IReadOnlyList<SandboxFault> Armed
        {
            get
            {
                lock (_gate)
                {
                    return _faults.ToArray();
                }
            }
        }

        /// <summary>The fault that applies to this request, spent by one; null when none does.</summary>
        internal SandboxFault Take(SandboxEndpoint endpoint, string grantType)
        {
            lock (_gate)
            {
                for (int i = 0; i < _faults.Count; i++)
                {
                    SandboxFault fault = _faults[i];
                    if (fault.Selects(endpoint, grantType))
                    {
                        fault.Spend();
                        if (fault.Remaining == 0)
                        {
                            _faults.RemoveAt(i);
                        }

                        return fault;
                    }
                }

                return null;
            }
        }
    }
}
