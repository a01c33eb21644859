namespace DeviceFirmware.Config
{
    /// <summary>
    /// The rules for endpoint URLs in nf.config, parsed by hand (nanoFramework has no System.Uri):
    /// absolute, scheme https (http only for a loopback host, so a local sandbox works),
    /// an optional port, no user-info, no query, no fragment, printable ASCII only.
    /// </summary>
    internal static class HttpUrlRules
    {
        /// <summary>The loopback hosts for which http is accepted, as messages list them.</summary>
        internal const string LoopbackHosts = "127.0.0.1 localhost [::1]";

        private const string Https = "https";
        private const string Http = "http";

        /// <summary>Finds what is wrong with a URL.</summary>
        /// <returns>Null when the URL is acceptable, otherwise why not (without the URL itself).</returns>
        internal static string FindProblem(string url)
        {
            for (int i = 0; i < url.Length; i++)
            {
                if (url[i] <= ' ' || url[i] > '~')
                {
                    return "space or non-ASCII character at position " + (i + 1);
                }
            }

            int colon = url.IndexOf(':');
            if (colon <= 0 || colon + 2 >= url.Length || url[colon + 1] != '/' || url[colon + 2] != '/')
            {
                return "not an absolute URL: expected https://host/path";
            }

            string scheme = url.Substring(0, colon);
            if (scheme != Https && scheme != Http)
            {
                return "scheme " + ConfigText.Quote(scheme) + " is not allowed: use https";
            }

            if (url.IndexOf('#') >= 0)
            {
                return "it has a fragment ('#'): not allowed";
            }

            if (url.IndexOf('?') >= 0)
            {
                return "it has a query ('?'): not allowed in an endpoint URL";
            }

            int authorityStart = colon + 3;
            int pathStart = ConfigText.IndexOf(url, '/', authorityStart);
            if (pathStart < 0)
            {
                pathStart = url.Length;
            }

            string authority = ConfigText.Slice(url, authorityStart, pathStart);
            if (authority.IndexOf('@') >= 0)
            {
                return "it has user-info ('user@'): credentials never go in " + ConfigException.FileName;
            }

            string host;
            string problem = SplitHostAndCheckPort(authority, out host);
            if (problem != null)
            {
                return problem;
            }

            problem = PathProblem(url, pathStart);
            if (problem != null)
            {
                return problem;
            }

            if (scheme == Http && !IsLoopback(host))
            {
                return "http is allowed only for loopback hosts (" + LoopbackHosts + "): use https";
            }

            return null;
        }

        /// <summary>The URL without trailing '/' characters (a valid URL keeps its host).</summary>
        internal static string WithoutTrailingSlash(string url)
        {
            int end = url.Length;
            while (end > 0 && url[end - 1] == '/')
            {
                end--;
            }

            return end == url.Length ? url : url.Substring(0, end);
        }

        /// <summary>True for the hosts where plain http is accepted.</summary>
        internal static bool IsLoopback(string host)
        {
            string lower = ConfigText.ToLowerAscii(host);
            return lower == "127.0.0.1" || lower == "localhost" || lower == "[::1]";
        }

        private static string SplitHostAndCheckPort(string authority, out string host)
        {
            host = null;
            if (authority.Length == 0)
            {
                return "it has no host";
            }

            int portColon;
            if (authority[0] == '[')
            {
                int close = authority.IndexOf(']');
                if (close < 0)
                {
                    return "IPv6 host has no closing ']'";
                }

                for (int i = 1; i < close; i++)
                {
                    char c = authority[i];
                    if (!(ConfigText.IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.'))
                    {
                        return "IPv6 host has a character outside 0-9 a-f : .";
                    }
                }

                if (close == 1)
                {
                    return "IPv6 host [] is empty";
                }

                host = authority.Substring(0, close + 1);
                portColon = close + 1;
                if (portColon < authority.Length && authority[portColon] != ':')
                {
                    return "unexpected text after the IPv6 host: expected ':port' or '/'";
                }
            }
            else
            {
                portColon = authority.IndexOf(':');
                if (portColon < 0)
                {
                    portColon = authority.Length;
                }

                host = ConfigText.Slice(authority, 0, portColon);
                if (host.Length == 0)
                {
                    return "it has no host";
                }

                for (int i = 0; i < host.Length; i++)
                {
                    char c = host[i];
                    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || ConfigText.IsDigit(c) || c == '-' || c == '.'))
                    {
                        return "host has a character outside A-Z a-z 0-9 - . at position " + (i + 1);
                    }
                }
            }

            return portColon < authority.Length ? PortProblem(ConfigText.Slice(authority, portColon + 1, authority.Length)) : null;
        }

        private static string PortProblem(string port)
        {
            int number;
            if (port.Length == 0 || port.Length > 5 || ConfigValueRules.IntegerProblem(port, null, 1, 65535, out number) != null)
            {
                return "port " + ConfigText.Quote(port) + " is not a number 1..65535";
            }

            return null;
        }

        private static string PathProblem(string url, int pathStart)
        {
            for (int i = pathStart; i < url.Length; i++)
            {
                char c = url[i];
                if (c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}')
                {
                    return "path has a character not allowed in a URL ('" + c + "') at position " + (i + 1);
                }
            }

            return null;
        }
    }
}
