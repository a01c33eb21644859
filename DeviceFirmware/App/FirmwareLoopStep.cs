using System;

namespace DeviceFirmware.App
{
    /// <summary>
    /// The device's main-loop pass around <see cref="FirmwareApp"/>: boots it on the first pass (so a boot
    /// failure is retried by <see cref="RecoveringLoop"/> like any other), ticks it afterwards, and sleeps
    /// until its next wake-up, at most <see cref="Bound"/> so that a button press and the provisioning
    /// window's GATT commands are seen within it.
    /// </summary>
    public sealed class FirmwareLoopStep : ILoopStep
    {
        private readonly FirmwareApp _app;
        private readonly TimeSpan _bound;
        private bool _booted;

        /// <summary>Creates the pass.</summary>
        /// <param name="app">The application, not yet booted.</param>
        /// <param name="bound">Longest sleep, positive (<see cref="WakeDelay.Responsive"/> on the device).</param>
        public FirmwareLoopStep(FirmwareApp app, TimeSpan bound)
        {
            if (app == null)
            {
                throw new ArgumentNullException("app");
            }

            if (bound <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException("bound", "the sleep bound must be positive");
            }

            _app = app;
            _bound = bound;
        }

        /// <summary>Longest sleep between passes.</summary>
        public TimeSpan Bound
        {
            get { return _bound; }
        }

        /// <summary>True once <see cref="FirmwareApp.Boot"/> has returned.</summary>
        public bool IsBooted
        {
            get { return _booted; }
        }

        /// <inheritdoc />
        public TimeSpan Run(DateTime now)
        {
            if (!_booted)
            {
                _app.Boot(now);
                _booted = true;
            }
            else
            {
                _app.Tick(now);
            }

            return WakeDelay.Until(now, _app.NextWake(now), _bound);
        }
    }
}
