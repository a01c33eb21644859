using System;

namespace DeviceFirmware.Sandbox.Time
{
    /// <summary>The wall clock: the default when <see cref="SandboxOptions.Clock"/> is not set.</summary>
    public sealed class SystemSandboxClock : ISandboxClock
    {
        /// <summary>The one instance (the clock has no state).</summary>
        public static readonly SystemSandboxClock Instance = new SystemSandboxClock();

        private SystemSandboxClock()
        {
        }

        /// <inheritdoc />
        public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
    }
}
