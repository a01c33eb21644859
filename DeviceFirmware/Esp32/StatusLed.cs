using System;
using System.Device.Gpio;
using System.Threading;
using DeviceFirmware.Status;

namespace DeviceFirmware.Esp32
{
    /// <summary>
    /// The status LED on a GPIO output (lit when high: GPIO - resistor - LED - GND). A background thread walks
    /// the current <see cref="LedPattern"/>'s segments, so the LED keeps its rhythm while the main loop blocks
    /// in a Wi-Fi join or an HTTPS call; <see cref="Show"/> swaps the pattern at once. The patterns themselves
    /// are portable data (<see cref="LedPatterns"/>).
    /// </summary>
    public sealed class StatusLed : IDisposable
    {
        private readonly GpioController _controller;
        private readonly GpioPin _pin;
        private readonly AutoResetEvent _changed = new AutoResetEvent(false);
        private readonly object _sync = new object();
        private LedPattern _pattern = LedPattern.SteadyOff;
        private bool _disposed;

        /// <summary>Opens the pin as an output, switches the LED off and starts the blink thread.</summary>
        /// <param name="pinNumber">The GPIO number (2 is the on-board LED of many ESP32 DevKit boards).</param>
        public StatusLed(int pinNumber)
        {
            _controller = new GpioController();
            _pin = _controller.OpenPin(pinNumber, PinMode.Output);
            _pin.Write(PinValue.Low);
            new Thread(Run).Start();
        }

        /// <summary>The pattern shown now.</summary>
        public LedPattern Pattern
        {
            get
            {
                lock (_sync)
                {
                    return _pattern;
                }
            }
        }

        /// <summary>Shows a pattern from its start; showing the current one again changes nothing.</summary>
        /// <param name="pattern">The pattern.</param>
        public void Show(LedPattern pattern)
        {
            if (pattern == null)
            {
                throw new ArgumentNullException("pattern");
            }

            lock (_sync)
            {
                if (pattern == _pattern)
                {
                    return;
                }

                _pattern = pattern;
            }

            _changed.Set();
        }

        /// <summary>Stops the thread, switches the LED off and releases the pin.</summary>
        public void Dispose()
        {
            lock (_sync)
            {
                _disposed = true;
            }

            _changed.Set();
        }

        private void Run()
        {
            LedPattern pattern = null;
            int segment = 0;
            while (true)
            {
                lock (_sync)
                {
                    if (_disposed)
                    {
                        break;
                    }

                    if (_pattern != pattern)
                    {
                        pattern = _pattern;
                        segment = 0;
                    }
                }

                _pin.Write(pattern.IsLitDuring(segment) ? PinValue.High : PinValue.Low);

                // Woken early by Show or Dispose; otherwise on to the next segment.
                if (!_changed.WaitOne(pattern.DurationOf(segment), false))
                {
                    segment = (segment + 1) % pattern.SegmentCount;
                }
            }

            _pin.Write(PinValue.Low);
            _pin.Dispose();
            _controller.Dispose();
        }
    }
}
