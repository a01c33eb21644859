using System;
using DeviceFirmware.Json;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Json
{
    [TestClass]
    public class JsonNumberTests
    {
        // 1 + 2^-53 written exactly.
        private const string OnePlusHalfUlp = "1.00000000000000011102230246251565404236316680908203125";

        // 2^1024 - 2^970 written exactly (309 digits).
        private const string MaxPlusHalfUlp =
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";

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
        public static void DoublesAreCorrectlyRoundedAtTheEdges()
        {
            // Expected bits from .NET's double.Parse (IEEE 754 round-half-to-even); compared as bits so every ulp counts.
            AssertBits(0x7FEFFFFFFFFFFFFFL, "1.7976931348623157e308");
            AssertBits(0x0000000000000001L, "4.9406564584124654e-324");
            AssertBits(0x000FFFFFFFFFFFFFL, "2.2250738585072011e-308");
            AssertBits(0x0010000000000000L, "2.2250738585072014e-308");
            AssertBits(0x44B52D02C7E14AF6L, "1e23");
            AssertBits(0x3FB999999999999AL, "0.1");
            AssertBits(long.MinValue, "-0");
            AssertBits(0x0000000000000000L, "2.4703282292062327e-324");
            AssertBits(0x0000000000000001L, "2.4703282292062328e-324");
        }

        [TestMethod]
        public static void DoubleHalfwayCasesRoundToEven()
        {
            // 2^53 + 1 and 2^53 + 3: halfway between neighbours two apart.
            AssertBits(0x4340000000000000L, "9007199254740993");
            AssertBits(0x4340000000000002L, "9007199254740995");

            // 1 + 2^-53 exactly (down to even 1) and a hair above it (up); 1 + 3 * 2^-53 (up to even).
            AssertBits(0x3FF0000000000000L, OnePlusHalfUlp);
            AssertBits(0x3FF0000000000001L, "1.00000000000000011102230246251565404236316680908203126");
            AssertBits(0x3FF0000000000002L, "1.00000000000000033306690738754696212708950042724609375");

            // A nonzero digit beyond the 800 kept still breaks the tie upwards.
            AssertBits(0x3FF0000000000001L, OnePlusHalfUlp + new string('0', 800) + "1");
            AssertBits(0x3FF0000000000000L, "1." + new string('0', 900) + "1");

            // Halfway between the largest double and 2^1024: ties to even overflows; one below stays finite.
            AssertBits(0x7FF0000000000000L, MaxPlusHalfUlp);
            AssertBits(0x7FEFFFFFFFFFFFFFL, MaxPlusHalfUlp.Substring(0, MaxPlusHalfUlp.Length - 1) + "1");
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

        private static void AssertBits(long expected, string text)
        {
            Assert.AreEqual(expected, BitConverter.DoubleToInt64Bits(DoubleOf(text)), text.Length > 60 ? text.Substring(0, 60) : text);
        }
    }
}
