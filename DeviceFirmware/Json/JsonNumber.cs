using System;

namespace DeviceFirmware.Json
{
    /// <summary>
    /// A JSON number, kept as the text the document had (already checked against RFC 8259's
    /// grammar by <see cref="JsonReader"/>), with helpers to read it as a long or a double.
    /// The conversions are written out here rather than left to the runtime's parsers, so they
    /// give the same result on nanoFramework and on .NET whatever the current culture.
    /// </summary>
    public sealed class JsonNumber : JsonValue
    {
        // Significant digits kept exactly; later ones only count as "some nonzero digit followed". Halfway
        // points between doubles have at most 767 significant digits, so 800 decide every rounding.
        private const int MaxSignificantDigits = 800;

        // Exponents beyond this give infinity or zero anyway; stop accumulating there.
        private const int ExponentClamp = 100000;

        // IEEE 754 binary64: 52 stored mantissa bits, exponent bias 1023, largest exponent 1023,
        // smallest subnormal 2^-1074.
        private const int MantissaBits = 52;
        private const int ExponentBias = 1023;
        private const int MaxExponent = 1023;
        private const int MinLastBit = -1074;
        private const long InfinityBits = 0x7FF0000000000000L;
        private const long SignBit = long.MinValue;

        private readonly string _text;

        /// <summary>Wraps number text that already matches RFC 8259's number grammar.</summary>
        /// <param name="text">The number as written in the document.</param>
        internal JsonNumber(string text)
        {
            _text = text;
        }

        /// <inheritdoc />
        public override JsonValueKind Kind
        {
            get { return JsonValueKind.Number; }
        }

        /// <summary>The number exactly as the document wrote it, e.g. "3600", "-0.5", "1E3".</summary>
        public string Text
        {
            get { return _text; }
        }

        /// <summary>True when the text has no fraction and no exponent.</summary>
        public bool IsIntegerText
        {
            get { return _text.IndexOf('.') < 0 && _text.IndexOf('e') < 0 && _text.IndexOf('E') < 0; }
        }

        /// <summary>
        /// Reads the number as a long when it is written as an integer (no fraction, no exponent)
        /// that fits in 64 bits.
        /// </summary>
        /// <param name="value">The value, or 0 when the method returns false.</param>
        /// <returns>False for a fraction, an exponent or an out-of-range integer.</returns>
        public bool TryGetInt64(out long value)
        {
            value = 0;
            if (!IsIntegerText)
            {
                return false;
            }

            bool negative = _text[0] == '-';
            long result = 0;

            // Accumulate downwards so that long.MinValue fits.
            for (int i = negative ? 1 : 0; i < _text.Length; i++)
            {
                int digit = _text[i] - '0';
                if (result < (long.MinValue + digit) / 10)
                {
                    return false;
                }

                result = (result * 10) - digit;
            }

            if (!negative)
            {
                if (result == long.MinValue)
                {
                    return false;
                }

                result = -result;
            }

            value = result;
            return true;
        }

        /// <summary>
        /// Reads the number as a double, correctly rounded: the double nearest the decimal value,
        /// ties to the even one (IEEE 754 round-half-to-even, what .NET's double.Parse gives). A
        /// magnitude that rounds beyond the double range gives infinity and one that rounds below
        /// the smallest subnormal gives zero (signed). Computed in integers only (exact big-number
        /// arithmetic, then the bits are assembled), so nanoCLR's floating point plays no part and
        /// the device gets the same bits as .NET.
        /// </summary>
        /// <returns>The value.</returns>
        public double ToDouble()
        {
            int i = 0;
            bool negative = false;
            if (_text[i] == '-')
            {
                negative = true;
                i++;
            }

            // value = digits * 10^exponent, digits holding the first MaxSignificantDigits significant digits.
            BigNatural digits = new BigNatural(64);
            int kept = 0;
            int exponent = 0;
            bool droppedNonZero = false;
            bool seenPoint = false;
            uint chunk = 0;
            int chunkDigits = 0;
            for (; i < _text.Length; i++)
            {
                char c = _text[i];
                if (c == '.')
                {
                    seenPoint = true;
                    continue;
                }

                if (c == 'e' || c == 'E')
                {
                    break;
                }

                int digit = c - '0';
                if (kept == 0 && digit == 0)
                {
                    // A leading zero: only its place counts.
                    if (seenPoint)
                    {
                        exponent--;
                    }

                    continue;
                }

                if (kept < MaxSignificantDigits)
                {
                    chunk = (chunk * 10) + (uint)digit;
                    chunkDigits++;
                    if (chunkDigits == 9)
                    {
                        digits.MultiplyAdd(1000000000, chunk);
                        chunk = 0;
                        chunkDigits = 0;
                    }

                    kept++;
                    if (seenPoint)
                    {
                        exponent--;
                    }
                }
                else
                {
                    droppedNonZero |= digit != 0;
                    if (!seenPoint)
                    {
                        exponent++;
                    }
                }
            }

            if (chunkDigits > 0)
            {
                digits.MultiplyAdd(PowerOfTen(chunkDigits), chunk);
            }

            if (droppedNonZero)
            {
                // Stands for the dropped digits: strictly between the kept prefix and the next value up at
                // that digit, where no halfway point between doubles can lie (those have at most 767 digits).
                digits.MultiplyAdd(10, 1);
                kept++;
                exponent--;
            }

            if (i < _text.Length)
            {
                exponent += ReadExponent(i + 1);
            }

            long bits = kept == 0 ? 0 : MagnitudeBits(digits, kept, exponent);
            return BitConverter.Int64BitsToDouble(negative ? bits | SignBit : bits);
        }

        private int ReadExponent(int start)
        {
            int i = start;
            bool negative = false;
            if (_text[i] == '+' || _text[i] == '-')
            {
                negative = _text[i] == '-';
                i++;
            }

            int value = 0;
            for (; i < _text.Length; i++)
            {
                if (value < ExponentClamp)
                {
                    value = (value * 10) + (_text[i] - '0');
                }
            }

            return negative ? -value : value;
        }

        // The IEEE 754 binary64 bits of digits * 10^exponent (digits has digitCount digits, the first nonzero).
        private static long MagnitudeBits(BigNatural digits, int digitCount, int exponent)
        {
            // 10^309 is above the largest double plus half an ulp; 10^-324 is below half the smallest subnormal.
            if (digitCount - 1 + exponent >= 309)
            {
                return InfinityBits;
            }

            if (digitCount + exponent <= -324)
            {
                return 0;
            }

            // The value as a fraction numerator / denominator of natural numbers.
            BigNatural numerator = digits;
            BigNatural denominator = new BigNatural(exponent < 0 ? -exponent * 10 / 3 : 1);
            denominator.MultiplyAdd(1, 1);
            MultiplyByPowerOfTen(exponent >= 0 ? numerator : denominator, exponent >= 0 ? exponent : -exponent);

            // lead = floor(log2(value)): the place of the value's leading bit.
            int lead = numerator.BitLength - denominator.BitLength;
            BigNatural scaled = lead >= 0 ? denominator.Copy(lead) : numerator.Copy(-lead);
            scaled.ShiftLeft(lead >= 0 ? lead : -lead);
            if ((lead >= 0 ? numerator.CompareTo(scaled) : scaled.CompareTo(denominator)) < 0)
            {
                lead--;
            }

            if (lead > MaxExponent)
            {
                return InfinityBits;
            }

            // The place of the last mantissa bit: 52 below the leading bit, but never below 2^-1074 (subnormals).
            int lastBit = lead - MantissaBits;
            if (lastBit < MinLastBit)
            {
                lastBit = MinLastBit;
            }

            if (lastBit < 0)
            {
                numerator.ShiftLeft(-lastBit);
            }
            else
            {
                denominator.ShiftLeft(lastBit);
            }

            // mantissa = floor(numerator / denominator) < 2^53, one bit at a time; numerator keeps the remainder.
            BigNatural step = denominator.Copy(MantissaBits);
            step.ShiftLeft(MantissaBits);
            long mantissa = 0;
            for (int bit = MantissaBits; bit >= 0; bit--)
            {
                if (numerator.CompareTo(step) >= 0)
                {
                    numerator.Subtract(step);
                    mantissa |= 1L << bit;
                }

                step.HalveDown();
            }

            // Round to nearest, ties to even: compare twice the remainder with the denominator.
            numerator.ShiftLeft(1);
            int half = numerator.CompareTo(denominator);
            if (half > 0 || (half == 0 && (mantissa & 1) != 0))
            {
                mantissa++;
            }

            if (mantissa == 1L << (MantissaBits + 1))
            {
                // Rounding carried into a new leading bit.
                mantissa >>= 1;
                lastBit++;
            }

            if (mantissa < 1L << MantissaBits)
            {
                // A subnormal (lastBit is 2^-1074): biased exponent 0.
                return mantissa;
            }

            long biasedExponent = lastBit + MantissaBits + ExponentBias;
            if (biasedExponent >= 2047)
            {
                return InfinityBits;
            }

            return (biasedExponent << MantissaBits) | (mantissa & ((1L << MantissaBits) - 1));
        }

        private static void MultiplyByPowerOfTen(BigNatural value, int power)
        {
            for (; power >= 9; power -= 9)
            {
                value.MultiplyAdd(1000000000, 0);
            }

            if (power > 0)
            {
                value.MultiplyAdd(PowerOfTen(power), 0);
            }
        }

        private static uint PowerOfTen(int power)
        {
            uint result = 1;
            for (int i = 0; i < power; i++)
            {
                result *= 10;
            }

            return result;
        }
    }
}
