using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>ISO-8601 UTC timestamps as DRS documents them: 2015-12-21T10:00:00Z, optionally with a fraction (.000Z).</summary>
    internal static class IsoUtcDate
    {
        private static readonly Regex Shape = new Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$", RegexOptions.CultureInvariant);

        public static bool TryParse(string text, out DateTimeOffset value)
        {
            value = default;
            if (text == null || !Shape.IsMatch(text))
            {
                return false;
            }

            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);
        }

        /// <summary>The form DRS's order info uses: 2017-01-05T07:59:59.000Z.</summary>
        public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
