using System;

namespace DeviceFirmware.App
{
    /// <summary>
    /// One log line for an exception nobody handled: its type, its message with anything that looks like a
    /// credential blotted out, and the types of its inner exceptions. Our own messages never carry secrets,
    /// but a platform exception may echo what it was given, so every run of 20 or more token characters
    /// (letters, digits and - _ ~ + / | %) that has a digit or both letter cases is replaced: LWA tokens
    /// ("Atzr|..."), authorization codes and PKCE verifiers all look like that. Host names and words do not.
    /// </summary>
    public static class ExceptionSummary
    {
        /// <summary>Shortest run of token characters that is blotted out.</summary>
        public const int MinSecretLength = 20;

        /// <summary>Longest message kept; the rest is cut (a line on a serial console).</summary>
        public const int MaxMessageLength = 200;

        /// <summary>What replaces a blotted-out run.</summary>
        public const string Redacted = "[redacted]";

        private const int MaxInnerDepth = 4;

        /// <summary>Describes an exception for the log.</summary>
        /// <param name="e">The exception.</param>
        /// <returns>For example "IOException: slot a cannot be read (inner: ObjectDisposedException)".</returns>
        public static string Describe(Exception e)
        {
            if (e == null)
            {
                return "(no exception)";
            }

            string text = e.GetType().Name;
            string message = e.Message;
            if (message != null && message.Length > 0)
            {
                text += ": " + Scrub(message);
            }

            Exception inner = e.InnerException;
            for (int depth = 0; inner != null && depth < MaxInnerDepth; depth++)
            {
                text += (depth == 0 ? " (inner: " : " <- ") + inner.GetType().Name;
                inner = inner.InnerException;
            }

            if (e.InnerException != null)
            {
                text += ")";
            }

            return text;
        }

        /// <summary>Blots out credential-like runs, removes line breaks and cuts the text to <see cref="MaxMessageLength"/>.</summary>
        /// <param name="text">Any text.</param>
        /// <returns>The text fit for a log line.</returns>
        public static string Scrub(string text)
        {
            if (text == null)
            {
                return string.Empty;
            }

            char[] output = new char[text.Length];
            int length = 0;
            int i = 0;
            string result = string.Empty;
            while (i < text.Length)
            {
                if (!IsTokenChar(text[i]))
                {
                    char c = text[i];
                    output[length++] = c < ' ' ? ' ' : c;
                    i++;
                    continue;
                }

                int end = i;
                bool digit = false;
                bool upper = false;
                bool lower = false;
                while (end < text.Length && IsTokenChar(text[end]))
                {
                    char c = text[end];
                    digit |= c >= '0' && c <= '9';
                    upper |= c >= 'A' && c <= 'Z';
                    lower |= c >= 'a' && c <= 'z';
                    end++;
                }

                if (end - i >= MinSecretLength && (digit || (upper && lower)))
                {
                    result += new string(output, 0, length) + Redacted;
                    length = 0;
                }
                else
                {
                    for (int k = i; k < end; k++)
                    {
                        output[length++] = text[k];
                    }
                }

                i = end;
            }

            result += new string(output, 0, length);
            return result.Length > MaxMessageLength ? result.Substring(0, MaxMessageLength) + "..." : result;
        }

        private static bool IsTokenChar(char c)
        {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '~' || c == '+' || c == '/' || c == '|' || c == '%';
        }
    }
}
