using System;
using System.Device.Adc;
using DeviceFirmware.Config;
using DeviceFirmware.Replenishment;

namespace DeviceFirmware.Esp32
{
    /// <summary>
    /// The device's <see cref="ISupplySensor"/>: the ESP32's ADC through nanoFramework's
    /// System.Device.Adc. Only ADC1 channels are accepted (ESP32 0..7 = GPIO 36, 37, 38, 39, 32, 33, 34,
    /// 35; ESP32-S3 0..9; ESP32-C3 0..4): ADC2 cannot be read while Wi-Fi is on, and the device always
    /// needs Wi-Fi. nf.config has already checked the channel against its device.chip; this adapter
    /// refuses only what no supported chip has. A channel
    /// is opened on first use and kept open. Every platform failure becomes a
    /// <see cref="SupplySensorException"/>; filtering and calibration are the portable code's.
    /// </summary>
    public sealed class AdcSupplySensor : ISupplySensor, IDisposable
    {
        /// <summary>Highest ADC1 channel of any supported chip (the ESP32-S3's 9).</summary>
        public const int MaxAdc1Channel = SupplySlotSettings.MaxChannel;

        private readonly AdcController _controller;
        private readonly AdcChannel[] _channels = new AdcChannel[MaxAdc1Channel + 1];
        private readonly object _sync = new object();

        /// <summary>Creates the sensor and the system's ADC controller; create one per device (nanoFramework has one ADC controller).</summary>
        public AdcSupplySensor()
        {
            _controller = new AdcController();
        }

        /// <summary>Largest raw value the ADC reports (4095 on the ESP32's 12-bit ADC).</summary>
        public int MaxValue
        {
            get { return _controller.MaxValue; }
        }

        /// <inheritdoc />
        public int ReadRaw(int channel)
        {
            if (channel < 0 || channel > MaxAdc1Channel)
            {
                throw new SupplySensorException(channel, "channel " + channel + " is not an ADC1 channel 0.." + MaxAdc1Channel + " of any supported chip (ADC2 is unusable while Wi-Fi is on)", null);
            }

            lock (_sync)
            {
                try
                {
                    if (_channels[channel] == null)
                    {
                        _channels[channel] = _controller.OpenChannel(channel);
                    }

                    return _channels[channel].ReadValue();
                }
                catch (Exception e)
                {
                    throw new SupplySensorException(channel, "ADC1 channel " + channel + " could not be read (" + e.GetType().Name + ")", e);
                }
            }
        }

        /// <summary>Closes the open channels.</summary>
        public void Dispose()
        {
            lock (_sync)
            {
                for (int i = 0; i < _channels.Length; i++)
                {
                    if (_channels[i] != null)
                    {
                        _channels[i].Dispose();
                        _channels[i] = null;
                    }
                }
            }
        }
    }
}
