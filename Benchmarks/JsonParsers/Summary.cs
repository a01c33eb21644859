using System;

namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>
    /// The canonical text of what a parser extracted from a body, the same for every parser, so one string
    /// comparison says whether a parser got a body right. Numbers appear as digits, strings as themselves
    /// where the field is a string and in double quotes where a number was expected (a parser that hands
    /// over expires_in as "3600" shows up as expires_in="3600").
    /// </summary>
    public static class Summary
    {
        /// <summary>The summary of a body the parser refused (it threw).</summary>
        public const string Rejected = "(rejected)";

        /// <summary>The text for a missing field.</summary>
        public const string Absent = "(absent)";

        /// <summary>The summary of a token response.</summary>
        /// <param name="accessToken">The access token.</param>
        /// <param name="refreshToken">The refresh token, or null when absent.</param>
        /// <param name="tokenType">The token type.</param>
        /// <param name="expiresIn">The lifetime as <see cref="Number"/> renders it.</param>
        /// <returns>The summary.</returns>
        public static string Token(string accessToken, string refreshToken, string tokenType, string expiresIn)
        {
            return "access_token=" + Text(accessToken) + ";refresh_token=" + Text(refreshToken)
                + ";token_type=" + Text(tokenType) + ";expires_in=" + expiresIn;
        }

        /// <summary>The summary of an LWA error body.</summary>
        /// <param name="errorCode">The error code.</param>
        /// <returns>The summary.</returns>
        public static string LwaError(string errorCode)
        {
            return "error=" + Text(errorCode);
        }

        /// <summary>The summary of a replenish result.</summary>
        /// <param name="detailCode">The detail code.</param>
        /// <param name="eventInstanceId">The event instance ID.</param>
        /// <returns>The summary.</returns>
        public static string Replenish(string detailCode, string eventInstanceId)
        {
            return "detailCode=" + Text(detailCode) + ";eventInstanceId=" + Text(eventInstanceId);
        }

        /// <summary>The summary of one slot of a subscription info body.</summary>
        /// <param name="slotId">The slot ID.</param>
        /// <param name="subscribed">Whether the slot is subscribed.</param>
        /// <param name="products">The <see cref="Product"/> texts joined by commas (empty for v1 or no products).</param>
        /// <returns>The summary of the slot.</returns>
        public static string Slot(string slotId, bool subscribed, string products)
        {
            return slotId + ":subscribed=" + (subscribed ? "true" : "false") + ":products=[" + products + "]";
        }

        /// <summary>The summary of one product of a v2 slot.</summary>
        /// <param name="asin">The ASIN.</param>
        /// <param name="quantity">The quantity as <see cref="Number"/> renders it.</param>
        /// <param name="unit">The unit.</param>
        /// <returns>The summary of the product.</returns>
        public static string Product(string asin, string quantity, string unit)
        {
            return Text(asin) + " x" + quantity + " " + Text(unit);
        }

        /// <summary>The summary of a subscription info body: its slots in ordinal order of their IDs.</summary>
        /// <param name="slots">The <see cref="Slot"/> texts, in any order (sorted in place).</param>
        /// <returns>The summary.</returns>
        public static string Subscription(string[] slots)
        {
            for (int i = 1; i < slots.Length; i++)
            {
                string current = slots[i];
                int j = i - 1;
                while (j >= 0 && string.Compare(slots[j], current) > 0)
                {
                    slots[j + 1] = slots[j];
                    j--;
                }

                slots[j + 1] = current;
            }

            string result = "slots=";
            for (int i = 0; i < slots.Length; i++)
            {
                result += (i == 0 ? string.Empty : ";") + slots[i];
            }

            return result;
        }

        /// <summary>The summary of a DRS error body.</summary>
        /// <param name="message">The message.</param>
        /// <returns>The summary.</returns>
        public static string Message(string message)
        {
            return "message=" + Text(message);
        }

        /// <summary>A string field: itself, or <see cref="Absent"/> for null.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The text.</returns>
        public static string Text(string value)
        {
            return value == null ? Absent : value;
        }

        /// <summary>
        /// A field that should be a number, from whatever object a parser produced: whole numbers of any
        /// numeric type as digits, a string in double quotes, null as <see cref="Absent"/>, anything else
        /// as its type name in angle brackets.
        /// </summary>
        /// <param name="value">The value.</param>
        /// <returns>The text.</returns>
        public static string Number(object value)
        {
            if (value == null)
            {
                return Absent;
            }

            if (value is string)
            {
                return "\"" + (string)value + "\"";
            }

            if (value is int)
            {
                return ((int)value).ToString();
            }

            if (value is long)
            {
                return ((long)value).ToString();
            }

            if (value is short)
            {
                return ((short)value).ToString();
            }

            if (value is byte)
            {
                return ((byte)value).ToString();
            }

            if (value is double)
            {
                return Whole((double)value);
            }

            if (value is float)
            {
                return Whole((float)value);
            }

            return "<" + value.GetType().FullName + ">";
        }

        /// <summary>Shortens a summary for a result line: the sample tokens become &lt;access&gt; and &lt;refresh&gt;.</summary>
        /// <param name="summary">The summary.</param>
        /// <returns>The shortened summary.</returns>
        public static string Shorten(string summary)
        {
            return ReplaceAll(ReplaceAll(summary, SampleBodies.AccessToken, "<access>"), SampleBodies.RefreshToken, "<refresh>");
        }

        private static string Whole(double value)
        {
            long whole = (long)value;
            return whole == value ? whole.ToString() : value.ToString();
        }

        private static string ReplaceAll(string text, string find, string replacement)
        {
            string result = string.Empty;
            int from = 0;
            int at = text.IndexOf(find, from);
            while (at >= 0)
            {
                result += text.Substring(from, at - from) + replacement;
                from = at + find.Length;
                at = text.IndexOf(find, from);
            }

            return result + text.Substring(from);
        }
    }
}
