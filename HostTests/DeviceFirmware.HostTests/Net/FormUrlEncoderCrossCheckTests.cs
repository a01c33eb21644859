using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using DeviceFirmware.Net;
using Xunit;

namespace DeviceFirmware.HostTests.Net
{
    /// <summary>
    /// The firmware's form encoder against three references on random strings (seeded, so a
    /// failure repeats): the WHATWG urlencoded serializer written out over .NET's UTF-8 encoder,
    /// WebUtility.UrlEncode and FormUrlEncodedContent. The last two differ from WHATWG in known
    /// places (WebUtility keeps ! ( ) unencoded; FormUrlEncodedContent encodes * and keeps ~),
    /// which the comparison maps; every other character must match exactly.
    /// </summary>
    public class FormUrlEncoderCrossCheckTests
    {
        private const int Seed = 8259;
        private const int Samples = 3000;

        [Fact]
        public void Encode_MatchesTheWhatwgSerializer_OnRandomStrings()
        {
            Random random = new Random(Seed);
            for (int i = 0; i < Samples; i++)
            {
                string text = RandomText(random, allowLoneSurrogates: true);
                Assert.True(Whatwg(text) == FormUrlEncoder.Encode(text), "sample " + i + " (seed " + Seed + ")");
            }
        }

        [Fact]
        public void Encode_MatchesWebUtility_UpToItsKnownDifferences()
        {
            Random random = new Random(Seed + 1);
            for (int i = 0; i < Samples; i++)
            {
                string text = RandomText(random, allowLoneSurrogates: true);
                string dotnet = WebUtility.UrlEncode(text).Replace("!", "%21").Replace("(", "%28").Replace(")", "%29");
                Assert.True(dotnet == FormUrlEncoder.Encode(text), "sample " + i + " (seed " + (Seed + 1) + ")");
            }
        }

        [Fact]
        public void Encode_MatchesFormUrlEncodedContent_UpToItsKnownDifferences()
        {
            Random random = new Random(Seed + 2);
            for (int i = 0; i < Samples; i++)
            {
                string name = "n" + RandomText(random, allowLoneSurrogates: false);
                string value = RandomText(random, allowLoneSurrogates: false);
                var content = new FormUrlEncodedContent(new[] { new KeyValuePair<string, string>(name, value) });
                string dotnet;
                using (var reader = new System.IO.StreamReader(content.ReadAsStream()))
                {
                    dotnet = reader.ReadToEnd().Replace("%2A", "*").Replace("~", "%7E");
                }

                string firmware = new FormBody().Add(name, value).Build();
                Assert.True(dotnet == firmware, "sample " + i + " (seed " + (Seed + 2) + ")");
            }
        }

        [Fact]
        public void Encode_RoundTripsThroughDotNetDecoding()
        {
            Random random = new Random(Seed + 3);
            for (int i = 0; i < Samples; i++)
            {
                string text = RandomText(random, allowLoneSurrogates: false);
                Assert.True(text == WebUtility.UrlDecode(FormUrlEncoder.Encode(text)), "sample " + i + " (seed " + (Seed + 3) + ")");
            }
        }

        [Fact]
        public void TokenPipe_IsPercent7C_InEveryReference()
        {
            Assert.Equal("Atzr%7CIwEB", FormUrlEncoder.Encode("Atzr|IwEB"));
            Assert.Equal("Atzr%7CIwEB", WebUtility.UrlEncode("Atzr|IwEB"));
        }

        // WHATWG URL Standard, application/x-www-form-urlencoded serializer, written from the spec.
        private static string Whatwg(string text)
        {
            var output = new StringBuilder();
            foreach (byte b in Encoding.UTF8.GetBytes(text))
            {
                if (b == 0x2A || b == 0x2D || b == 0x2E || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || b == 0x5F || (b >= 0x61 && b <= 0x7A))
                {
                    output.Append((char)b);
                }
                else if (b == 0x20)
                {
                    output.Append('+');
                }
                else
                {
                    output.Append('%').Append(b.ToString("X2"));
                }
            }

            return output.ToString();
        }

        // Mostly ASCII (every printable and control character), some Latin-1, CJK, emoji pairs and optionally lone surrogates.
        private static string RandomText(Random random, bool allowLoneSurrogates)
        {
            int length = random.Next(0, 40);
            var text = new StringBuilder();
            for (int i = 0; i < length; i++)
            {
                int kind = random.Next(10);
                if (kind < 6)
                {
                    text.Append((char)random.Next(0, 128));
                }
                else if (kind == 6)
                {
                    text.Append((char)random.Next(0x80, 0x800));
                }
                else if (kind == 7)
                {
                    char c = (char)random.Next(0x800, 0x10000);
                    if (char.IsSurrogate(c) && !allowLoneSurrogates)
                    {
                        c = 'x';
                    }

                    text.Append(c);
                }
                else if (kind == 8)
                {
                    text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)));
                }
                else
                {
                    text.Append("|~*!()' +");
                }
            }

            return text.ToString();
        }
    }
}
