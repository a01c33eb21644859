namespace DeviceFirmware.Codec
{
    /// <summary>Character classes of RFC 3986.</summary>
    public static class UriCharacters
    {
        /// <summary>
        /// The unreserved characters of RFC 3986 section 2.3 (A-Z a-z 0-9 - . _ ~): never percent-encoded
        /// in a URI, and exactly the characters RFC 7636 section 4.1 allows in a PKCE code verifier.
        /// </summary>
        /// <param name="c">The character.</param>
        /// <returns>Whether it is unreserved.</returns>
        public static bool IsUnreserved(char c)
        {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
        }
    }
}
