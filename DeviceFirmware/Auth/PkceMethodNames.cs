using System;

namespace DeviceFirmware.Auth
{
    /// <summary>The wire names of <see cref="PkceMethod"/> (RFC 7636 section 4.3, case-sensitive).</summary>
    public static class PkceMethodNames
    {
        /// <summary>Wire name of <see cref="PkceMethod.S256"/>.</summary>
        public const string S256 = "S256";

        /// <summary>Wire name of <see cref="PkceMethod.Plain"/>.</summary>
        public const string Plain = "plain";

        /// <summary>Returns the wire name of a method, as sent in code_challenge_method.</summary>
        /// <param name="method">The method.</param>
        /// <returns>"S256" or "plain".</returns>
        public static string ToWireName(PkceMethod method)
        {
            return method == PkceMethod.Plain ? Plain : S256;
        }

        /// <summary>Parses a wire name; only the exact RFC 7636 spellings are accepted.</summary>
        /// <param name="name">"S256" or "plain".</param>
        /// <returns>The method.</returns>
        /// <exception cref="ArgumentException">Any other text.</exception>
        public static PkceMethod Parse(string name)
        {
            if (name == S256)
            {
                return PkceMethod.S256;
            }

            if (name == Plain)
            {
                return PkceMethod.Plain;
            }

            throw new ArgumentException("unknown PKCE method '" + name + "': expected 'S256' or 'plain' (RFC 7636, case-sensitive)");
        }
    }
}
