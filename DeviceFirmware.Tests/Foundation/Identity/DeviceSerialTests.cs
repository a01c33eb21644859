using System;
using DeviceFirmware.Identity;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Identity
{
    [TestClass]
    public class DeviceSerialTests
    {
        [TestMethod]
        public static void SerialFromMacIsTwelveUpperCaseHexDigits()
        {
            Assert.AreEqual("240AC4FF0A01", DeviceSerial.FromMac(new byte[] { 0x24, 0x0A, 0xC4, 0xFF, 0x0A, 0x01 }));
        }

        [TestMethod]
        public static void MacMustHaveSixBytes()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => DeviceSerial.FromMac(new byte[5]));
            Assert.ThrowsException(typeof(ArgumentException), () => DeviceSerial.FromMac(null));
        }
    }
}
