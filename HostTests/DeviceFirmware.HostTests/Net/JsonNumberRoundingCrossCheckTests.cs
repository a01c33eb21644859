using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using DeviceFirmware.Json;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.HostTests.Net
{
    /// <summary>
    /// <see cref="JsonNumber.ToDouble"/> against .NET's double.Parse (correctly rounded, IEEE 754
    /// round-half-to-even, since .NET Core 3.0) on a large seeded sample: random doubles written
    /// shortest, with 17 digits and exactly; random decimal texts of every length and exponent; the
    /// exact halfway point between neighbouring doubles and the texts just above and below it; and
    /// the edges (largest, smallest subnormal, smallest normal, 2^53, overflow and underflow
    /// boundaries). Compared bit for bit, so the sign of zero and every ulp count.
    /// </summary>
    public class JsonNumberRoundingCrossCheckTests
    {
        private const int Seed = 754;
        private const int RandomValues = 100000;

        private readonly ITestOutputHelper _output;

        public JsonNumberRoundingCrossCheckTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void ToDouble_MatchesDoubleParse_BitForBit_OnALargeRandomSample()
        {
            List<string> texts = Sample();
            int mismatches = 0;
            long worstUlps = 0;
            var examples = new StringBuilder();
            foreach (string text in texts)
            {
                long expected = BitConverter.DoubleToInt64Bits(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
                long actual = BitConverter.DoubleToInt64Bits(((JsonNumber)JsonReader.Parse(text)).ToDouble());
                if (expected != actual)
                {
                    mismatches++;
                    long ulps = Math.Abs(expected - actual);
                    worstUlps = Math.Max(worstUlps, ulps);
                    if (mismatches <= 10)
                    {
                        examples.Append("  ").Append(Shorten(text)).Append(": ").Append(ulps).Append(" ulp(s) off\n");
                    }
                }
            }

            string summary = texts.Count + " values compared with double.Parse (seed " + Seed + "): " + mismatches + " mismatches, worst " + worstUlps + " ulp(s)";
            _output.WriteLine(summary);
            Assert.True(mismatches == 0, summary + "\n" + examples);
        }

        [Theory]
        [InlineData("1.7976931348623157e308", 0x7FEFFFFFFFFFFFFFL)]
        [InlineData("4.9406564584124654e-324", 1L)]
        [InlineData("2.2250738585072014e-308", 0x0010000000000000L)]
        [InlineData("2.2250738585072011e-308", 0x000FFFFFFFFFFFFFL)]
        [InlineData("9007199254740993", 0x4340000000000000L)]
        [InlineData("1e23", 0x44B52D02C7E14AF6L)]
        [InlineData("-0", unchecked((long)0x8000000000000000UL))]
        [InlineData("1.8e308", 0x7FF0000000000000L)]
        [InlineData("2e-324", 0L)]
        public void Edges_HaveTheExactBits(string text, long bits)
        {
            Assert.Equal(bits, BitConverter.DoubleToInt64Bits(((JsonNumber)JsonReader.Parse(text)).ToDouble()));
            Assert.Equal(bits, BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)));
        }

        private static List<string> Sample()
        {
            var random = new Random(Seed);
            var texts = new List<string>(RandomValues + 200);
            AddEdges(texts);
            while (texts.Count < RandomValues)
            {
                switch (random.Next(6))
                {
                    case 0:
                        texts.Add(RandomDouble(random).ToString("R", CultureInfo.InvariantCulture));
                        break;
                    case 1:
                        texts.Add(RandomDouble(random).ToString("E16", CultureInfo.InvariantCulture));
                        break;
                    case 2:
                        texts.Add(RandomDecimalText(random));
                        break;
                    case 3:
                        texts.Add(Exact(RandomDouble(random)));
                        break;
                    default:
                        AddHalfway(texts, RandomDouble(random), random);
                        break;
                }
            }

            return texts;
        }

        private static void AddEdges(List<string> texts)
        {
            double[] edges =
            {
                double.MaxValue, double.Epsilon, 2 * double.Epsilon, BitConverter.Int64BitsToDouble(0x000FFFFFFFFFFFFFL),
                BitConverter.Int64BitsToDouble(0x0010000000000000L), 9007199254740992.0, 9007199254740994.0, 1e22, 1e23,
                0.1, 0.5, 1.0, 3600.0, 1e-300, 1e300, 123456789012345.0, 5e-324,
            };
            foreach (double edge in edges)
            {
                texts.Add(edge.ToString("R", CultureInfo.InvariantCulture));
                texts.Add(Exact(edge));
                AddHalfway(texts, edge, null);
            }

            texts.AddRange(new[]
            {
                "0", "-0", "0.0", "0e10", "1e400", "-1e400", "1e-400", "1.7976931348623158e308", "1.7976931348623159e308",
                "2.4703282292062327e-324", "2.4703282292062328e-324", "9007199254740993", "9007199254740995", "1e308", "1e-324",
                "123456789012345678901234567890", "0.0000000123456789012345", "1" + new string('0', 400) + "e-400",
                "0." + new string('0', 300) + "1e300", new string('9', 1000), "1." + new string('0', 900) + "1",
            });
        }

        private static double RandomDouble(Random random)
        {
            while (true)
            {
                long bits = random.NextInt64() & 0x7FFFFFFFFFFFFFFFL;
                double value = BitConverter.Int64BitsToDouble(bits);
                if (!double.IsNaN(value) && !double.IsInfinity(value))
                {
                    return random.Next(2) == 0 ? value : -value;
                }
            }
        }

        private static string RandomDecimalText(Random random)
        {
            var text = new StringBuilder();
            if (random.Next(2) == 0)
            {
                text.Append('-');
            }

            int digits = random.Next(3) == 0 ? random.Next(1, 60) : random.Next(1, 20);
            text.Append((char)('1' + random.Next(9)));
            for (int i = 1; i < digits; i++)
            {
                text.Append((char)('0' + random.Next(10)));
            }

            if (digits > 1 && random.Next(2) == 0)
            {
                text.Insert(text.Length - random.Next(1, digits), '.');
            }

            text.Append('e').Append(random.Next(-345, 330));
            return text.ToString();
        }

        // The exact decimal midpoint between a double and its upper neighbour, and texts a hair above and below it.
        private static void AddHalfway(List<string> texts, double value, Random random)
        {
            double magnitude = Math.Abs(value);
            if (magnitude == double.MaxValue)
            {
                // Between the largest double and 2^1024, where rounding to even overflows.
                BigInteger twiceMidpoint = (BigInteger.One << 1025) - (BigInteger.One << 970);
                AddMidpointTexts(texts, twiceMidpoint, 1, random);
                return;
            }

            double next = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(magnitude) + 1);
            (BigInteger lowNumerator, int lowShift) = Dyadic(magnitude);
            (BigInteger highNumerator, int highShift) = Dyadic(next);
            int shift = Math.Max(lowShift, highShift);
            BigInteger sum = (lowNumerator << (shift - lowShift)) + (highNumerator << (shift - highShift));
            AddMidpointTexts(texts, sum, shift + 1, random);
        }

        // numerator / 2^shift written exactly in decimal, then with one more digit above and below.
        private static void AddMidpointTexts(List<string> texts, BigInteger numerator, int shift, Random random)
        {
            string exact = DecimalOf(numerator, shift);
            texts.Add(exact);
            if (random == null || random.Next(2) == 0)
            {
                texts.Add(exact.Contains('.') ? exact + "1" : exact + ".1");
                texts.Add(BelowByOneUnitOfTheLastDigit(exact));
            }
        }

        private static string BelowByOneUnitOfTheLastDigit(string exact)
        {
            // exact ends with a nonzero digit (a dyadic fraction ends in 5, an integer text is made fractional first).
            if (!exact.Contains('.'))
            {
                return DecrementLastDigit(exact + ".0") + "9";
            }

            return DecrementLastDigit(exact) + "9";
        }

        private static string DecrementLastDigit(string text)
        {
            char[] chars = text.ToCharArray();
            for (int i = chars.Length - 1; i >= 0; i--)
            {
                if (chars[i] == '.')
                {
                    continue;
                }

                if (chars[i] > '0')
                {
                    chars[i]--;
                    string lower = new string(chars);

                    // "10.0" goes to "09.9": JSON allows no leading zero.
                    return lower.Length > 1 && lower[0] == '0' && lower[1] != '.' ? lower.Substring(1) : lower;
                }

                chars[i] = '9';
            }

            throw new InvalidOperationException("cannot go below zero: " + text);
        }

        private static (BigInteger Numerator, int Shift) Dyadic(double value)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            int exponent = (int)((bits >> 52) & 0x7FF);
            long mantissa = bits & 0xFFFFFFFFFFFFFL;
            if (exponent == 0)
            {
                return (mantissa, 1074);
            }

            mantissa |= 1L << 52;
            int power = exponent - 1075;
            return power >= 0 ? (new BigInteger(mantissa) << power, 0) : (mantissa, -power);
        }

        private static string Exact(double value)
        {
            (BigInteger numerator, int shift) = Dyadic(Math.Abs(value));
            string text = DecimalOf(numerator, shift);
            return value < 0 || (value == 0 && double.IsNegative(value)) ? "-" + text : text;
        }

        // numerator / 2^shift = numerator * 5^shift / 10^shift, written out in full.
        private static string DecimalOf(BigInteger numerator, int shift)
        {
            string digits = (numerator * BigInteger.Pow(5, shift)).ToString(CultureInfo.InvariantCulture);
            if (shift == 0)
            {
                return digits;
            }

            if (digits.Length <= shift)
            {
                digits = new string('0', shift - digits.Length + 1) + digits;
            }

            string text = digits.Substring(0, digits.Length - shift) + "." + digits.Substring(digits.Length - shift);
            return text.TrimEnd('0').TrimEnd('.');
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 40) + "...(" + text.Length + " chars)";
    }
}
