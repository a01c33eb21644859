using System;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// Recognises a long press from button samples taken by the main loop: true once when the
    /// button has been held for the hold time, then not again until it is released.
    /// </summary>
    public sealed class LongPressDetector
    {
        private readonly TimeSpan _hold;
        private bool _pressed;
        private bool _reported;
        private DateTime _pressedSince;

        /// <summary>Creates a detector.</summary>
        /// <param name="hold">How long the button must be held.</param>
        public LongPressDetector(TimeSpan hold)
        {
            if (hold <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException("hold", "a long press lasts longer than 0");
            }

            _hold = hold;
        }

        /// <summary>Takes one sample.</summary>
        /// <param name="now">Current time.</param>
        /// <param name="pressed">Whether the button is held now.</param>
        /// <returns>True on the sample that completes a long press.</returns>
        public bool Update(DateTime now, bool pressed)
        {
            if (!pressed)
            {
                _pressed = false;
                _reported = false;
                return false;
            }

            if (!_pressed)
            {
                _pressed = true;
                _pressedSince = now;
            }

            if (_reported || now - _pressedSince < _hold)
            {
                return false;
            }

            _reported = true;
            return true;
        }
    }
}
