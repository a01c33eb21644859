using System;
using System.Text.Json;
using DeviceFirmware.Json;
using DeviceFirmware.PropertyTests.Support;
using Xunit;
using Xunit.Abstractions;
using FirmwareJsonException = DeviceFirmware.Json.JsonException;
using StjKind = System.Text.Json.JsonValueKind;

namespace DeviceFirmware.PropertyTests.Json
{
    /// <summary>
    /// <see cref="JsonReader.Parse(string)"/> on generated and mutated text, against System.Text.Json:
    /// it throws nothing but <see cref="FirmwareJsonException"/> (with a position inside the input) and
    /// always returns; what it accepts, .NET accepts and reads to the same tree; what .NET accepts and it
    /// refuses is refused by one of its documented extra rules (duplicate names, \u0000 and unpaired
    /// surrogates, its nesting and length limits).
    /// </summary>
    public class JsonReaderProperties
    {
        private const string Surface = "JSON reader";
        private const int DefaultCases = 10000;
        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test class.</summary>
        /// <param name="output">Where the figures go.</param>
        public JsonReaderProperties(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>Only JsonException, and acceptance exactly as System.Text.Json's except the documented extra rules.</summary>
        [Fact]
        public void ParsesLikeSystemTextJsonOrRefusesByItsOwnRules()
        {
            PropertyRun.Check(_output, Surface, DefaultCases, JsonTextGen.Document, Property, Describe);
        }

        private static void Property(string text)
        {
            JsonValue parsed = null;
            string refusal = null;
            try
            {
                parsed = JsonReader.Parse(text);
            }
            catch (FirmwareJsonException e)
            {
                PropertyRun.Require(e.Position >= 0 && e.Position <= text.Length, "error position " + e.Position + " outside the input of " + text.Length);
                refusal = e.Message;
            }

            if (HasLoneSurrogate(text))
            {
                // A device string cannot hold a raw unpaired surrogate and .NET's UTF-8 transcoding refuses it: nothing to compare.
                return;
            }

            bool dotnet = TryDotNet(text, out JsonDocument reference);
            using (reference)
            {
                if (refusal == null)
                {
                    PropertyRun.Require(dotnet, "the reader accepted text System.Text.Json refuses");
                    AssertSame(reference.RootElement, parsed, "$");
                }
                else if (dotnet)
                {
                    PropertyRun.Require(IsOwnRule(refusal), "the reader refused text System.Text.Json accepts, not by a documented rule: " + refusal);
                }
            }
        }

        // JsonReader's class comment: no duplicate member names, no escape a device string cannot carry, and its limits.
        private static bool IsOwnRule(string refusal) =>
            refusal.Contains("duplicate member name", StringComparison.Ordinal)
            || refusal.Contains("is not supported on the device", StringComparison.Ordinal)
            || refusal.Contains("are not supported on the device", StringComparison.Ordinal)
            || refusal.Contains("nesting deeper than the limit of " + JsonReader.DefaultMaxDepth, StringComparison.Ordinal)
            || refusal.Contains("longer than the limit of " + JsonReader.DefaultMaxLength, StringComparison.Ordinal);

        private static bool TryDotNet(string text, out JsonDocument document)
        {
            try
            {
                document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
                return true;
            }
            catch (System.Text.Json.JsonException)
            {
                document = null;
                return false;
            }
        }

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

        private static void AssertSame(JsonElement expected, JsonValue actual, string path)
        {
            switch (expected.ValueKind)
            {
                case StjKind.Object:
                    JsonObject obj = actual as JsonObject;
                    PropertyRun.Require(obj != null, path + ": expected an object");
                    int index = 0;
                    foreach (JsonProperty property in expected.EnumerateObject())
                    {
                        PropertyRun.Require(index < obj.Count && property.Name == obj.MemberAt(index).Name, path + ": member " + index + " differs");
                        AssertSame(property.Value, obj.MemberAt(index).Value, path + "." + index);
                        index++;
                    }

                    PropertyRun.Require(index == obj.Count, path + ": member count differs");
                    break;
                case StjKind.Array:
                    JsonArray array = actual as JsonArray;
                    PropertyRun.Require(array != null && array.Count == expected.GetArrayLength(), path + ": expected an array of " + expected.GetArrayLength());
                    for (int i = 0; i < array.Count; i++)
                    {
                        AssertSame(expected[i], array[i], path + "[" + i + "]");
                    }

                    break;
                case StjKind.String:
                    PropertyRun.Require(actual is JsonString s && s.Value == expected.GetString(), path + ": string differs");
                    break;
                case StjKind.Number:
                    PropertyRun.Require(actual is JsonNumber n && n.Text == expected.GetRawText(), path + ": number text differs");
                    break;
                case StjKind.True:
                    PropertyRun.Require(ReferenceEquals(actual, JsonLiteral.True), path + ": expected true");
                    break;
                case StjKind.False:
                    PropertyRun.Require(ReferenceEquals(actual, JsonLiteral.False), path + ": expected false");
                    break;
                default:
                    PropertyRun.Require(ReferenceEquals(actual, JsonLiteral.Null), path + ": expected null");
                    break;
            }
        }

        private static string Describe(string text) =>
            text.Length > 400 ? text.Length + " characters starting " + JsonSerializer.Serialize(text.Substring(0, 200)) : JsonSerializer.Serialize(text);
    }
}
