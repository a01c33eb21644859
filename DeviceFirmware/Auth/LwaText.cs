using System.Text;
using DeviceFirmware.Net;

namespace DeviceFirmware.Auth
{
    /// <summary>
    /// Makes text from an LWA response safe for a log line or an exception message: visible
    /// ASCII only, short, and never a secret. Used for error codes, error descriptions and
    /// unexpected field values, which are not meant to be secret but come from the network.
    /// </summary>
    public static class LwaText
    {
        /// <summary>Longest error_description kept; longer ones are cut and marked "...".</summary>
        public const int MaxDescriptionLength = 120;

        /// <summary>Longest error code kept; RFC 6749 codes are short.</summary>
        public const int MaxErrorCodeLength = 64;

        // A shorter "error" could be part of a random secret by chance; an echoed secret is longer.
        private const int MinEchoLength = 8;

        /// <summary>Longest unexpected value quoted in a message; longer ones are described by length only.</summary>
        public const int MaxQuotedValueLength = 16;

        // Documented prefixes of LWA access and refresh tokens; a description containing one is withheld.
        private static readonly string[] TokenPrefixes = new string[] { "Atza|", "Atzr|" };

        /// <summary>
        /// Quotes a short value, or describes a long one by its length, so that an unexpected
        /// field value can be reported without risking a secret.
        /// </summary>
        /// <param name="value">The value.</param>
        /// <returns>For example 'mac', or "a 300-character value".</returns>
        public static string Describe(string value)
        {
            if (value == null)
            {
                return "null";
            }

            if (value.Length > MaxQuotedValueLength)
            {
                return "a " + value.Length + "-character value";
            }

            return "'" + Printable(value, value.Length) + "'";
        }

        /// <summary>
        /// The error code if it looks like one (letters, digits, '_', '-', '.', up to
        /// <see cref="MaxErrorCodeLength"/>), otherwise null.
        /// </summary>
        /// <param name="code">The "error" field of the response.</param>
        /// <returns>The code, or null.</returns>
        public static string CleanErrorCode(string code)
        {
            return CleanErrorCode(code, null);
        }

        /// <summary>
        /// As <see cref="CleanErrorCode(string)"/>, and null as well when the code contains one of the
        /// request's secrets or is a piece of one (8 characters or more): a server that echoes the
        /// authorization code or the verifier in "error" must not put it in a message or a log line.
        /// </summary>
        /// <param name="code">The "error" field of the response.</param>
        /// <param name="secrets">The request's secrets (null entries are skipped), or null.</param>
        /// <returns>The code, or null.</returns>
        public static string CleanErrorCode(string code, string[] secrets)
        {
            if (code != null && secrets != null)
            {
                for (int i = 0; i < secrets.Length; i++)
                {
                    string secret = secrets[i];
                    if (secret == null || secret.Length == 0)
                    {
                        continue;
                    }

                    if (OrdinalText.IndexOf(code, secret) >= 0 || (code.Length >= MinEchoLength && OrdinalText.IndexOf(secret, code) >= 0))
                    {
                        return null;
                    }
                }
            }

            if (code == null || code.Length == 0 || code.Length > MaxErrorCodeLength)
            {
                return null;
            }

            for (int i = 0; i < code.Length; i++)
            {
                char c = code[i];
                bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
                if (!ok)
                {
                    return null;
                }
            }

            return code;
        }

        /// <summary>
        /// The error_description made fit for a log: control and non-ASCII characters replaced by
        /// '?', cut to <see cref="MaxDescriptionLength"/>. Withheld entirely when it contains one
        /// of <paramref name="secrets"/> (plain or form-encoded) or looks like it quotes a token.
        /// </summary>
        /// <param name="description">The "error_description" field, or null.</param>
        /// <param name="secrets">The secrets of the request (null entries ignored).</param>
        /// <returns>The cleaned description, a note that it was withheld, or null when there was none.</returns>
        public static string CleanDescription(string description, string[] secrets)
        {
            if (description == null || description.Length == 0)
            {
                return null;
            }

            if (secrets != null)
            {
                for (int i = 0; i < secrets.Length; i++)
                {
                    if (secrets[i] == null || secrets[i].Length == 0)
                    {
                        continue;
                    }

                    // The form-encoded spelling too: a server may echo the request body.
                    if (OrdinalText.IndexOf(description, secrets[i]) >= 0 || OrdinalText.IndexOf(description, FormUrlEncoder.Encode(secrets[i])) >= 0)
                    {
                        return "(withheld: it quotes a secret of the request)";
                    }
                }
            }

            for (int i = 0; i < TokenPrefixes.Length; i++)
            {
                if (OrdinalText.IndexOf(description, TokenPrefixes[i]) >= 0)
                {
                    return "(withheld: it seems to quote a token)";
                }
            }

            if (description.Length > MaxDescriptionLength)
            {
                return Printable(description, MaxDescriptionLength) + "...";
            }

            return Printable(description, description.Length);
        }

        private static string Printable(string text, int length)
        {
            StringBuilder builder = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                char c = text[i];
                builder.Append(c >= ' ' && c <= '~' ? c : '?');
            }

            return builder.ToString();
        }
    }
}
