using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using DeviceFirmware.Json;
using Xunit;
using StjKind = System.Text.Json.JsonValueKind;

namespace DeviceFirmware.HostTests.Net
{
    /// <summary>
    /// The firmware's JSON reader against System.Text.Json: random documents written by .NET read
    /// back to the same tree, and random mutations of valid documents are accepted by the
    /// firmware only if .NET accepts them (the firmware is at least as strict; where .NET accepts
    /// and the firmware does not, the reason must be one of its own documented extra rules).
    /// </summary>
    public class JsonReaderCrossCheckTests
    {
        private const int Seed = 8259;
        private const int Documents = 1500;
        private const int Mutations = 20000;

        [Fact]
        public void RandomDocuments_ReadToTheSameTreeAsSystemTextJson()
        {
            Random random = new Random(Seed);
            for (int i = 0; i < Documents; i++)
            {
                string text = Generate(random, 0);
                using JsonDocument reference = JsonDocument.Parse(text);
                JsonValue parsed = JsonReader.Parse(text);
                AssertSame(reference.RootElement, parsed, "document " + i + " (seed " + Seed + ")");
            }
        }

        [Fact]
        public void Mutations_AreNeverAcceptedWhenSystemTextJsonRefusesThem()
        {
            Random random = new Random(Seed + 1);
            string[] alphabet = { "{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-", ".", "e", "1", " ", "'", "/", "t", "n", "\u0001", "\t", "x" };
            int accepted = 0;
            for (int i = 0; i < Mutations; i++)
            {
                string text = Generate(random, 0);
                int position = random.Next(text.Length + 1);
                text = random.Next(3) switch
                {
                    0 => text.Insert(position, alphabet[random.Next(alphabet.Length)]),
                    1 => position < text.Length ? text.Remove(position, 1) : text,
                    _ => position < text.Length ? text.Remove(position, 1).Insert(position, alphabet[random.Next(alphabet.Length)]) : text,
                };

                bool dotnet = TryDotNet(text);
                string firmwareError = null;
                try
                {
                    JsonReader.Parse(text);
                    accepted++;
                }
                catch (DeviceFirmware.Json.JsonException e)
                {
                    firmwareError = e.Message;
                }

                if (HasLoneSurrogate(text))
                {
                    // A raw unpaired surrogate cannot be in a device string (nanoCLR stores U+FFFD) and .NET's
                    // UTF-8 transcoding refuses it: nothing to compare.
                    continue;
                }

                if (firmwareError == null)
                {
                    Assert.True(dotnet, "firmware accepted what .NET refuses: mutation " + i + " (seed " + (Seed + 1) + ")");
                }
                else if (dotnet)
                {
                    Assert.True(IsOwnRule(firmwareError), "firmware refused what .NET accepts (" + firmwareError + "): mutation " + i);
                }
            }

            Assert.True(accepted > Mutations / 20, "too few mutations stayed valid to prove anything: " + accepted);
        }

        // The firmware's documented extra rules (JsonReader's class comment): no duplicate member names, and
        // no escape a device string cannot carry (\u0000, an unpaired surrogate).
        private static bool IsOwnRule(string firmwareError) =>
            firmwareError.Contains("duplicate member name", StringComparison.Ordinal)
            || firmwareError.Contains("is not supported on the device", StringComparison.Ordinal)
            || firmwareError.Contains("are not supported on the device", StringComparison.Ordinal);

        private static bool HasLoneSurrogate(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool TryDotNet(string text)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
                return true;
            }
            catch (System.Text.Json.JsonException)
            {
                return false;
            }
        }

        private static void AssertSame(JsonElement expected, JsonValue actual, string where)
        {
            switch (expected.ValueKind)
            {
                case StjKind.Object:
                    JsonObject obj = Assert.IsType<JsonObject>(actual);
                    int index = 0;
                    foreach (JsonProperty property in expected.EnumerateObject())
                    {
                        Assert.True(property.Name == obj.MemberAt(index).Name, where);
                        AssertSame(property.Value, obj.MemberAt(index).Value, where);
                        index++;
                    }

                    Assert.True(index == obj.Count, where);
                    break;
                case StjKind.Array:
                    JsonArray array = Assert.IsType<JsonArray>(actual);
                    Assert.True(expected.GetArrayLength() == array.Count, where);
                    for (int i = 0; i < array.Count; i++)
                    {
                        AssertSame(expected[i], array[i], where);
                    }

                    break;
                case StjKind.String:
                    Assert.True(expected.GetString() == Assert.IsType<JsonString>(actual).Value, where);
                    break;
                case StjKind.Number:
                    JsonNumber number = Assert.IsType<JsonNumber>(actual);
                    Assert.True(expected.GetRawText() == number.Text, where);
                    if (expected.TryGetInt64(out long whole))
                    {
                        Assert.True(number.TryGetInt64(out long mine) && mine == whole, where);
                    }

                    Assert.True(expected.GetDouble() == number.ToDouble(), where + " double of " + number.Text);
                    break;
                case StjKind.True:
                    Assert.Same(JsonLiteral.True, actual);
                    break;
                case StjKind.False:
                    Assert.Same(JsonLiteral.False, actual);
                    break;
                default:
                    Assert.Same(JsonLiteral.Null, actual);
                    break;
            }
        }

        // Documents with unique member names, depth at most 5, numbers within the exactly-converted range.
        private static string Generate(Random random, int depth)
        {
            int kind = depth >= 5 ? random.Next(2, 6) : random.Next(6);
            switch (kind)
            {
                case 0:
                    var members = new StringBuilder("{");
                    int count = random.Next(4);
                    for (int i = 0; i < count; i++)
                    {
                        members.Append(i == 0 ? string.Empty : ",").Append(Whitespace(random)).Append(JsonSerializer.Serialize("k" + i + RandomString(random)))
                            .Append(Whitespace(random)).Append(':').Append(Whitespace(random)).Append(Generate(random, depth + 1));
                    }

                    return members.Append(Whitespace(random)).Append('}').ToString();
                case 1:
                    var items = new StringBuilder("[");
                    int length = random.Next(4);
                    for (int i = 0; i < length; i++)
                    {
                        items.Append(i == 0 ? string.Empty : ",").Append(Whitespace(random)).Append(Generate(random, depth + 1));
                    }

                    return items.Append(Whitespace(random)).Append(']').ToString();
                case 2:
                    return JsonSerializer.Serialize(RandomString(random), new JsonSerializerOptions { Encoder = random.Next(2) == 0 ? null : System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                case 3:
                    return RandomNumber(random);
                case 4:
                    return random.Next(2) == 0 ? "true" : "false";
                default:
                    return "null";
            }
        }

        private static string RandomNumber(Random random)
        {
            string sign = random.Next(4) == 0 ? "-" : string.Empty;
            string whole = random.Next(3) == 0 ? "0" : random.Next(1, 1000000).ToString();
            string fraction = random.Next(2) == 0 ? string.Empty : "." + random.Next(0, 100000).ToString();
            string exponent = random.Next(3) == 0 ? (random.Next(2) == 0 ? "e" : "E") + (random.Next(2) == 0 ? "-" : "+") + random.Next(0, 9) : string.Empty;
            return sign + whole + fraction + exponent;
        }

        private static string RandomString(Random random)
        {
            var text = new StringBuilder();
            int length = random.Next(8);
            for (int i = 0; i < length; i++)
            {
                int kind = random.Next(6);
                text.Append(kind switch
                {
                    // From U+0001: the reader refuses \u0000 by design (a device string ends there).
                    0 => (char)random.Next(1, 0x20),
                    1 => (char)random.Next(0x80, 0xD800),
                    2 => char.ConvertFromUtf32(random.Next(0x10000, 0x110000))[0],
                    _ => (char)random.Next(0x20, 0x7F),
                });
                if (kind == 2)
                {
                    text.Append((char)random.Next(0xDC00, 0xE000));
                }
            }

            return text.ToString();
        }

        private static string Whitespace(Random random)
        {
            return random.Next(4) switch
            {
                0 => " ",
                1 => "\r\n\t",
                _ => string.Empty,
            };
        }
    }
}
