using DeviceFirmware.Json;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Json
{
    [TestClass]
    public class JsonNumberTests
    {
        [TestMethod]
        public static void ReadsIntegersAsLong()
        {
            Assert.AreEqual(3600L, Int64Of("3600"));
            Assert.AreEqual(0L, Int64Of("0"));
            Assert.AreEqual(0L, Int64Of("-0"));
            Assert.AreEqual(-42L, Int64Of("-42"));
            Assert.AreEqual(long.MaxValue, Int64Of("9223372036854775807"));
            Assert.AreEqual(long.MinValue, Int64Of("-9223372036854775808"));
        }

        [TestMethod]
        public static void RefusesNonIntegersAndOverflowAsLong()
        {
            string[] refused = new string[] { "9223372036854775808", "-9223372036854775809", "99999999999999999999", "1.0", "1e3", "1E3", "0.5" };
            for (int i = 0; i < refused.Length; i++)
            {
                long value;
                JsonNumber number = (JsonNumber)JsonReader.Parse(refused[i]);
                Assert.IsFalse(number.TryGetInt64(out value), "case " + i);
                Assert.AreEqual(0L, value);
            }
        }

        [TestMethod]
        public static void ReadsDoubles()
        {
            Assert.AreEqual(0.1, DoubleOf("0.1"));
            Assert.AreEqual(1.5, DoubleOf("1.5"));
            Assert.AreEqual(-2.25, DoubleOf("-2.25"));
            Assert.AreEqual(1000.0, DoubleOf("1E3"));
            Assert.AreEqual(1000.0, DoubleOf("1e+3"));
            Assert.AreEqual(0.01, DoubleOf("1e-2"));
            Assert.AreEqual(0.001, DoubleOf("0.001"));
            Assert.AreEqual(123.456, DoubleOf("123.456"));
            Assert.AreEqual(3600.0, DoubleOf("3600"));
            Assert.AreEqual(1e22, DoubleOf("1e22"));
            Assert.AreEqual(123456789012345.0, DoubleOf("123456789012345"));
            Assert.AreEqual(1.23456789012345e-8, DoubleOf("0.0000000123456789012345"));
            double huge = DoubleOf("1e300");
            Assert.IsTrue((huge - 1e300) / 1e300 < 1e-14 && (huge - 1e300) / 1e300 > -1e-14, "1e300 off by more than 1e-14");
            Assert.AreEqual(0.0, DoubleOf("0.0e10"));
            double big = DoubleOf("123456789012345678901234567890");
            double relative = (big - 1.2345678901234568e29) / 1.2345678901234568e29;
            Assert.IsTrue(relative < 1e-15 && relative > -1e-15, "30-digit number off by more than 1e-15");
        }

        [TestMethod]
        public static void HugeAndTinyMagnitudesSaturate()
        {
            Assert.IsTrue(double.IsPositiveInfinity(DoubleOf("1e400")), "1e400");
            Assert.IsTrue(double.IsNegativeInfinity(DoubleOf("-1e99999999999")), "-1e99999999999");
            Assert.AreEqual(0.0, DoubleOf("1e-400"));
        }

        [TestMethod]
        public static void IntegerTextIsRecognised()
        {
            Assert.IsTrue(((JsonNumber)JsonReader.Parse("-12")).IsIntegerText);
            Assert.IsFalse(((JsonNumber)JsonReader.Parse("12.0")).IsIntegerText);
            Assert.IsFalse(((JsonNumber)JsonReader.Parse("12e0")).IsIntegerText);
        }

        private static long Int64Of(string text)
        {
            long value;
            Assert.IsTrue(((JsonNumber)JsonReader.Parse(text)).TryGetInt64(out value), "not a long");
            return value;
        }

        private static double DoubleOf(string text)
        {
            return ((JsonNumber)JsonReader.Parse(text)).ToDouble();
        }
    }
}
