namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// Levels and quantities for log lines, with one decimal, written digit by digit
    /// (double.ToString differs between nanoFramework and .NET).
    /// </summary>
    public static class QuantityText
    {
        /// <summary>Formats a value rounded to one decimal, e.g. 42.5, 3.0, -1.2.</summary>
        /// <param name="value">The value (finite).</param>
        /// <returns>The text.</returns>
        public static string Format(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return "?";
            }

            bool negative = value < 0;
            double magnitude = negative ? -value : value;
            if (magnitude > 1e15)
            {
                return negative ? "-huge" : "huge";
            }

            long tenths = (long)((magnitude * 10) + 0.5);
            string text = (tenths / 10).ToString() + "." + (char)('0' + (int)(tenths % 10));
            return negative && tenths != 0 ? "-" + text : text;
        }
    }
}
