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
        // Decimal digits a long always holds (10^18 < 2^63).
        private const int MaxMantissaDigits = 18;

        // Exponents beyond this give infinity or zero anyway; stop accumulating there.
        private const int ExponentClamp = 100000;

        private static readonly double[] PowersOfTen = new double[]
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        };

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
        /// Reads the number as a double. The result is correctly rounded when the number has at
        /// most 15 significant digits and a decimal exponent within +-22 (every quantity DRS
        /// sends); otherwise it may be off by a few units in the last place. Up to 18 significant
        /// digits are used; a magnitude beyond the double range gives infinity and one below it
        /// gives zero (IEEE 754 behaviour).
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

            long mantissa = 0;
            int digits = 0;
            int exponent = 0;
            bool seenPoint = false;
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
                if (digits < MaxMantissaDigits)
                {
                    if (mantissa != 0 || digit != 0)
                    {
                        mantissa = (mantissa * 10) + digit;
                        digits++;
                    }

                    if (seenPoint)
                    {
                        exponent--;
                    }
                }
                else if (!seenPoint)
                {
                    // A digit that does not fit still counts for the magnitude.
                    exponent++;
                }
            }

            if (i < _text.Length)
            {
                exponent += ReadExponent(i + 1);
            }

            double result = mantissa == 0 ? 0.0 : Scale(mantissa, exponent);
            return negative ? -result : result;
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

        private static double Scale(long mantissa, int exponent)
        {
            double result = mantissa;
            if (exponent > 0)
            {
                while (exponent > 22 && !double.IsInfinity(result))
                {
                    result *= 1e22;
                    exponent -= 22;
                }

                return result * PowersOfTen[exponent > 22 ? 22 : exponent];
            }

            exponent = -exponent;
            while (exponent > 22 && result != 0.0)
            {
                result /= 1e22;
                exponent -= 22;
            }

            // Dividing by an exact power of ten rounds once, which keeps short decimals exact ("0.1" is 0.1).
            return result / PowersOfTen[exponent > 22 ? 22 : exponent];
        }
    }
}
