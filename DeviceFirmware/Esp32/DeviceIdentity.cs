using System;
using System.Net.NetworkInformation;
using DeviceFirmware.Config;
using DeviceFirmware.Identity;

namespace DeviceFirmware.Esp32
{
    /// <summary>The device's identity from the chip: the Wi-Fi station MAC address, and the serial it gives (device.serial = mac).</summary>
    public static class DeviceIdentity
    {
        /// <summary>The Wi-Fi interface's MAC address.</summary>
        /// <returns>6 bytes.</returns>
        /// <exception cref="InvalidOperationException">The firmware image has no Wi-Fi interface.</exception>
        public static byte[] WifiMac()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    return interfaces[i].PhysicalAddress;
                }
            }

            throw new InvalidOperationException("no Wi-Fi interface: flash a firmware image with Wi-Fi and BLE (e.g. ESP32_BLE_REV3)");
        }

        /// <summary>The serial in use: the configured one, or 12 hex digits of the Wi-Fi MAC (<see cref="DeviceSerial.FromMac"/>).</summary>
        /// <param name="config">The loaded nf.config.</param>
        /// <returns>For example "240AC4123456".</returns>
        public static string Serial(FirmwareConfig config)
        {
            if (config == null)
            {
                throw new ArgumentNullException("config");
            }

            return config.SerialSource == SerialSource.Mac ? DeviceSerial.FromMac(WifiMac()) : config.Serial;
        }
    }
}
