using System;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// ISO-8601 UTC timestamps as DRS documents them, e.g. 2015-12-21T10:00:00Z: whole seconds,
    /// 'Z' for UTC. Written digit by digit: DateTime.ToString formats differ between
    /// nanoFramework and .NET (and .NET's follow the current culture).
    /// </summary>
    public static class IsoUtcDate
    {
        /// <summary>Length of a formatted timestamp.</summary>
        public const int Length = 20;

        /// <summary>Formats a UTC time (fractions of a second are dropped).</summary>
        /// <param name="utc">The time, taken as UTC (the firmware's clocks are UTC).</param>
        /// <returns>yyyy-MM-ddTHH:mm:ssZ.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The year is outside 1000..9999 (a clock that was never set).</exception>
        public static string Format(DateTime utc)
        {
            int year = utc.Year;
            if (year < 1000 || year > 9999)
            {
                throw new ArgumentOutOfRangeException("utc", "year " + year + " cannot be written as a 4-digit ISO-8601 year: is the clock set?");
            }

            char[] text = new char[Length];
            Put(text, 0, year, 4);
            text[4] = '-';
            Put(text, 5, utc.Month, 2);
            text[7] = '-';
            Put(text, 8, utc.Day, 2);
            text[10] = 'T';
            Put(text, 11, utc.Hour, 2);
            text[13] = ':';
            Put(text, 14, utc.Minute, 2);
            text[16] = ':';
            Put(text, 17, utc.Second, 2);
            text[19] = 'Z';
            return new string(text);
        }

        private static void Put(char[] text, int offset, int value, int digits)
        {
            for (int i = digits - 1; i >= 0; i--)
            {
                text[offset + i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }
}
