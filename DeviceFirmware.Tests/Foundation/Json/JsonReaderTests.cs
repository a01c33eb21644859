using System;
using System.Text;
using DeviceFirmware.Json;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Json
{
    [TestClass]
    public class JsonReaderTests
    {
        // Documents RFC 8259 allows; the reader must take every one.
        private static readonly string[] ValidCorpus = new string[]
        {
            "{}",
            "[]",
            " \t\r\n{ \"a\" : 1 } \t\r\n",
            "{\"a\":[1,2,{\"b\":null}],\"c\":true,\"d\":false}",
            "\"just a string\"",
            "0",
            "-0",
            "1.5",
            "-12.25e+3",
            "1E-2",
            "123456789012345678901234567890",
            "true",
            "null",
            "[[[[[[[[]]]]]]]]",
            "{\"\":\"empty name\"}",
            "\"\\u00e9\\u4e2d\\ud83d\\ude00\"",
            "\"\\/\\\\\\\"\\b\\f\\n\\r\\t\"",
            "\"\u00e9 raw non-ASCII \u4e2d\"",
        };

        // Documents the strict reader must refuse, each for one reason. No raw U+0000 here: a
        // device string ends at it, so the device would parse a different (cut) document.
        private static readonly string[] InvalidCorpus = new string[]
        {
            "",
            "   ",
            "{",
            "}",
            "[1,]",
            "{\"a\":1,}",
            "[,1]",
            "{,}",
            "{'a':1}",
            "['a']",
            "{\"a\":1 // comment\n}",
            "/* comment */ {}",
            "01",
            "-01",
            "00",
            "1.",
            ".5",
            "+1",
            "1e",
            "1e+",
            "-",
            "NaN",
            "Infinity",
            "-Infinity",
            "tru",
            "True",
            "nul",
            "{\"a\" 1}",
            "{\"a\":}",
            "{a:1}",
            "[1 2]",
            "{\"a\":1 \"b\":2}",
            "\"unterminated",
            "\"bad escape \\x\"",
            "\"bad unicode \\u12G4\"",
            "\"short unicode \\u12\"",
            "\"tab\tinside\"",
            "\"newline\ninside\"",
            "\"soh\u0001inside\"",
            "{} {}",
            "[] x",
            "{\"a\":1,\"a\":2}",
            "\u00a0{}",
            "[1]\u0001",
            "\"\\u0000\"",
            "[\"\\ud800\"]",
            "\"\\udc00\"",
            "\"\\ud83dx\"",
            "\"\\ud83d\\u0041\"",
            "\"\\ude00\\ud83d\"",
        };

        [TestMethod]
        public static void AcceptsEveryValidDocument()
        {
            for (int i = 0; i < ValidCorpus.Length; i++)
            {
                try
                {
                    Assert.IsNotNull(JsonReader.Parse(ValidCorpus[i]));
                }
                catch (JsonException e)
                {
                    Assert.IsTrue(false, "valid document " + i + " refused: " + e.Message);
                }
            }
        }

        [TestMethod]
        public static void RefusesEveryInvalidDocument()
        {
            for (int i = 0; i < InvalidCorpus.Length; i++)
            {
                bool refused = false;
                try
                {
                    JsonReader.Parse(InvalidCorpus[i]);
                }
                catch (JsonException)
                {
                    refused = true;
                }

                Assert.IsTrue(refused, "invalid document " + i + " accepted");
            }
        }

        [TestMethod]
        public static void ReadsObjectMembersInOrder()
        {
            JsonObject json = (JsonObject)JsonReader.Parse("{\"z\":1,\"a\":\"x\",\"m\":[true,false,null]}");
            Assert.AreEqual(3, json.Count);
            Assert.AreEqual("z", json.MemberAt(0).Name);
            Assert.AreEqual("a", json.MemberAt(1).Name);
            Assert.AreEqual("m", json.MemberAt(2).Name);
            Assert.AreEqual("x", json.GetStringOrNull("a"));
            Assert.IsNull(json.GetStringOrNull("z"));
            Assert.IsNull(json.Get("missing"));
            Assert.IsFalse(json.Has("Z"));
            JsonArray array = (JsonArray)json.Get("m");
            Assert.AreEqual(3, array.Count);
            Assert.AreEqual((object)JsonValueKind.True, (object)array[0].Kind);
            Assert.AreEqual((object)JsonValueKind.False, (object)array[1].Kind);
            Assert.IsTrue(array[2] == JsonLiteral.Null);
        }

        [TestMethod]
        public static void DecodesEscapes()
        {
            JsonString text = (JsonString)JsonReader.Parse("\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\\u0041\\u00e9\"");
            Assert.AreEqual("a\"b\\c/d\be\ff\ng\rh\ti" + "A\u00e9", text.Value);
        }

        [TestMethod]
        public static void DecodesSurrogatePairsToOneCharacter()
        {
            // Checked through the UTF-8 bytes and ToCharArray: on the device value[1] answers the high surrogate again.
            JsonString pair = (JsonString)JsonReader.Parse("\"\\ud83d\\ude00\"");
            Assert.AreEqual(2, pair.Value.Length);
            Assert.AreEqual(Utf8(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }), pair.Value);
            CollectionAssert.AreEqual(new char[] { '\ud83d', '\ude00' }, pair.Value.ToCharArray());
            JsonString max = (JsonString)JsonReader.Parse("\"\\uDBFF\\uDFFF\"");
            Assert.AreEqual(Utf8(new byte[] { 0xF4, 0x8F, 0xBF, 0xBF }), max.Value);
        }

        [TestMethod]
        public static void KeepsRawCharactersOutsideTheBmpNextToEscapes()
        {
            // After an escape the reader copies raw text in runs; char by char would break the emoji on the device.
            JsonString text = (JsonString)JsonReader.Parse("\"\\n\ud83d\ude00x\\t\ud83d\ude00\"");
            Assert.AreEqual("\n\ud83d\ude00x\t\ud83d\ude00", text.Value);
            Assert.AreEqual(Utf8(new byte[] { 0x0A, 0xF0, 0x9F, 0x98, 0x80, 0x78, 0x09, 0xF0, 0x9F, 0x98, 0x80 }), text.Value);
        }

        [TestMethod]
        public static void RefusesLoneSurrogateEscapes()
        {
            // A device string cannot hold an unpaired surrogate (it becomes U+FFFD): refused on both runtimes.
            JsonException lowAlone = ParseError("\"x\\udc00y\"");
            Assert.AreEqual(2, lowAlone.Position);
            Assert.Contains("low surrogate escape without a high one", lowAlone.Message);
            Assert.Contains("not supported on the device", lowAlone.Message);
            Assert.Contains("position 2", lowAlone.Message);

            JsonException highAlone = ParseError("[\"\\ud800\"]");
            Assert.AreEqual(2, highAlone.Position);
            Assert.Contains("high surrogate escape not followed by a low surrogate escape", highAlone.Message);
            Assert.AreEqual(1, ParseError("\"\\ud83d\\u0041\"").Position);
            Assert.AreEqual(1, ParseError("\"\\ude00\\ud83d\"").Position);
            Assert.Contains("four hex digits", ParseError("\"\\ud83d\\udeXX\"").Message);
        }

        [TestMethod]
        public static void RefusesTheNulEscape()
        {
            // A device string ends at U+0000: the value would be cut without a word.
            JsonException e = ParseError("{\"a\":\"ab\\u0000cd\"}");
            Assert.AreEqual(8, e.Position);
            Assert.Contains("U+0000 is not supported on the device", e.Message);
            Assert.Contains("position 8", e.Message);
            Assert.AreEqual("a\u0001", ((JsonString)JsonReader.Parse("\"a\\u0001\"")).Value);
        }

        [TestMethod]
        public static void KeepsNumberText()
        {
            JsonArray numbers = (JsonArray)JsonReader.Parse("[3600, -0.5, 1E3, 0]");
            Assert.AreEqual("3600", ((JsonNumber)numbers[0]).Text);
            Assert.AreEqual("-0.5", ((JsonNumber)numbers[1]).Text);
            Assert.AreEqual("1E3", ((JsonNumber)numbers[2]).Text);
            Assert.AreEqual("0", ((JsonNumber)numbers[3]).Text);
        }

        [TestMethod]
        public static void ErrorNamesThePosition()
        {
            JsonException e = ParseError("{\"a\":1,}");
            Assert.AreEqual(7, e.Position);
            Assert.Contains("trailing comma", e.Message);
            Assert.Contains("position 7", e.Message);

            Assert.AreEqual(0, ParseError("01").Position);
            Assert.Contains("leading zero", ParseError("01").Message);
            Assert.Contains("single quote", ParseError("{'a':1}").Message);
            Assert.Contains("comments", ParseError("[1,/*x*/2]").Message);
            Assert.Contains("duplicate", ParseError("{\"a\":1,\"a\":2}").Message);
            Assert.Contains("control character", ParseError("\"a\nb\"").Message);
        }

        [TestMethod]
        public static void ErrorNeverQuotesTheInput()
        {
            const string Secret = "Atzr|SECRETREFRESHTOKEN";
            string[] broken = new string[]
            {
                "{\"refresh_token\":\"" + Secret + "\",}",
                "{\"refresh_token\":\"" + Secret + "\" \"x\":1}",
                "{\"refresh_token\":\"" + Secret,
                "{\"refresh_token\":\"" + Secret + "\\q\"}",
                "[\"" + Secret + "\"] " + Secret,
                "{\"" + Secret + "\":1,\"" + Secret + "\":2}",
                Secret,
            };

            for (int i = 0; i < broken.Length; i++)
            {
                JsonException e = ParseError(broken[i]);
                Assert.DoesNotContains("SECRET", e.Message);
                Assert.DoesNotContains("Atzr", e.Message);
            }
        }

        [TestMethod]
        public static void EnforcesTheDepthLimit()
        {
            string sixteen = "[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]";
            Assert.IsNotNull(JsonReader.Parse(sixteen));
            JsonException e = ParseError("[" + sixteen + "]");
            Assert.Contains("nesting deeper than the limit of 16", e.Message);
            Assert.IsNotNull(JsonReader.Parse("{\"a\":{\"b\":1}}", 2, 100));
            bool refused = false;
            try
            {
                JsonReader.Parse("{\"a\":{\"b\":{}}}", 2, 100);
            }
            catch (JsonException)
            {
                refused = true;
            }

            Assert.IsTrue(refused, "depth 3 accepted with a limit of 2");
        }

        [TestMethod]
        public static void EnforcesTheLengthLimit()
        {
            Assert.IsNotNull(JsonReader.Parse("[1,2]", 16, 5));
            bool refused = false;
            try
            {
                JsonReader.Parse("[1,22]", 16, 5);
            }
            catch (JsonException e)
            {
                refused = true;
                Assert.Contains("6 characters", e.Message);
            }

            Assert.IsTrue(refused, "input longer than the limit accepted");

            string big = "\"" + new string('x', JsonReader.DefaultMaxLength) + "\"";
            Assert.Contains("longer than the limit", ParseError(big).Message);
        }

        [TestMethod]
        public static void NullInputIsAnArgumentError()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => JsonReader.Parse(null));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => JsonReader.Parse("1", 0, 10));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => JsonReader.Parse("1", 4, -1));
        }

        [TestMethod]
        public static void ValueToStringHidesContent()
        {
            JsonValue value = JsonReader.Parse("\"Atza|SECRET\"");
            Assert.AreEqual("JSON string", value.ToString());
        }

        private static JsonException ParseError(string text)
        {
            try
            {
                JsonReader.Parse(text);
            }
            catch (JsonException e)
            {
                return e;
            }

            Assert.IsTrue(false, "no JsonException");
            return null;
        }

        // The text whose UTF-8 form is these bytes (GetString is right on the device, unlike string[i]).
        private static string Utf8(byte[] bytes)
        {
            return Encoding.UTF8.GetString(bytes, 0, bytes.Length);
        }
    }
}
