using System;
using System.Collections.Generic;
using System.Text;

namespace DeviceFirmware.HostTests.Net
{
    /// <summary>One request exactly as it arrived on the socket: the raw bytes, split into request line, header lines and body.</summary>
    internal sealed class RawHttpRequest
    {
        public RawHttpRequest(byte[] head, byte[] body)
        {
            Head = Encoding.ASCII.GetString(head);
            Body = body;
            string[] lines = Head.Split("\r\n");
            RequestLine = lines[0];
            var headers = new List<KeyValuePair<string, string>>();
            for (int i = 1; i < lines.Length; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }

                int colon = lines[i].IndexOf(':');
                headers.Add(new KeyValuePair<string, string>(lines[i].Substring(0, colon), lines[i].Substring(colon + 1).TrimStart(' ')));
            }

            Headers = headers;
        }

        /// <summary>Request line and header lines, ending with the blank line.</summary>
        public string Head { get; }

        /// <summary>For example "POST /auth/o2/token HTTP/1.1".</summary>
        public string RequestLine { get; }

        /// <summary>Header fields in the order sent.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        /// <summary>The body bytes (Content-Length of them).</summary>
        public byte[] Body { get; }

        /// <summary>The body as UTF-8 text.</summary>
        public string BodyText => Encoding.UTF8.GetString(Body);

        /// <summary>Header names in the order sent, lower-cased.</summary>
        public string[] HeaderNames()
        {
            var names = new string[Headers.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = Headers[i].Key.ToLowerInvariant();
            }

            return names;
        }

        /// <summary>The value of a header, or null.</summary>
        public string Header(string name)
        {
            foreach (var header in Headers)
            {
                if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return header.Value;
                }
            }

            return null;
        }
    }
}
