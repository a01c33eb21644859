using System;
using System.Collections;
using DeviceFirmware.App;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A main-loop pass that answers scripted waits or throws scripted exceptions, in order; then waits 1 s.</summary>
    public sealed class ScriptedLoopStep : ILoopStep
    {
        private readonly ArrayList _script = new ArrayList();

        /// <summary>Number of passes run.</summary>
        public int RunCount { get; private set; }

        /// <summary>Queues a good pass that asks for <paramref name="wait"/>.</summary>
        public ScriptedLoopStep Wait(TimeSpan wait)
        {
            _script.Add(wait);
            return this;
        }

        /// <summary>Queues a pass that throws <paramref name="e"/>.</summary>
        public ScriptedLoopStep Throw(Exception e)
        {
            _script.Add(e);
            return this;
        }

        /// <inheritdoc />
        public TimeSpan Run(DateTime now)
        {
            RunCount++;
            if (_script.Count == 0)
            {
                return new TimeSpan(0, 0, 1);
            }

            object next = _script[0];
            _script.RemoveAt(0);
            Exception e = next as Exception;
            if (e != null)
            {
                throw e;
            }

            return (TimeSpan)next;
        }
    }
}
