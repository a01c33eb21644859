using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;

namespace DeviceFirmware.PropertyTests.Json
{
    /// <summary>
    /// Generators of JSON text for the reader's properties: valid documents (every value kind, escapes of
    /// every kind, surrogate pairs, numbers with fractions and exponents, RFC 8259 white space), then up to
    /// three mutations from an alphabet of JSON-significant and hostile characters, plus the edges of the
    /// reader's limits (nesting around 16, input around 16,384 characters).
    /// </summary>
    public static class JsonTextGen
    {
        private static readonly string[] Alphabet =
        {
            "{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-", "+", ".", "e", "E", "1", " ", "\t", "\n", "\r", "'", "/", "//", "/*", "t",
            "n", "f", "\u0000", "\u0001", "\u001f", "\u007f", "\u00a0", "\u2028", "\ufeff", "\ud83d", "\ude00", "\ud83d\ude00", "\\u", "\\u0000",
            "\\ud800", "\\udc00", "\\x", "NaN", "Infinity", "x", "é",
        };

        /// <summary>A document, possibly mutated, possibly at a limit.</summary>
        public static readonly Gen<string> Document = Gen.Frequency(
            (6, Mutated(Value(0))),
            (1, Nested()),
            (1, Value(0).Select(v => v)),
            (1, Gen.String[Gen.Char["{}[],:\"\\0123456789-+.eEtrufalsn \t\r\n'/\u0001\u00a0\ud800\udc00x"], 0, 24]));


        private static Gen<string> Value(int depth)
        {
            if (depth >= 5)
            {
                return Scalar();
            }

            return Gen.Frequency((4, Scalar()), (1, Object(depth)), (1, Array(depth)));
        }

        private static Gen<string> Scalar()
        {
            return Gen.Frequency(
                (3, StringLiteral()),
                (3, Number()),
                (1, Gen.OneOf<string>("true", "false", "null")));
        }

        private static Gen<string> Object(int depth)
        {
            Gen<string> member = Gen.Select(StringLiteral(), Space(), Space(), Value(depth + 1), (name, before, after, value) => name + before + ":" + after + value);
            return Gen.Select(member.Array[0, 4], Space(), Gen.Bool, (members, space, duplicate) =>
            {
                // Mostly unique names (the reader refuses duplicates by its own rule); sometimes a duplicate on purpose.
                string[] unique = members.Select((m, i) => duplicate && i > 0 ? m : "\"k" + i + (m.Length > 1 ? m.Substring(1) : m)).ToArray();
                return "{" + space + string.Join("," + space, unique) + space + "}";
            });
        }

        private static Gen<string> Array(int depth)
        {
            return Gen.Select(Value(depth + 1).Array[0, 4], Space(), (items, space) => "[" + space + string.Join(space + "," + space, items) + "]");
        }

        private static Gen<string> Space()
        {
            return Gen.Frequency((6, Gen.Const(string.Empty)), (3, Gen.String[Gen.Char[" \t\r\n"], 1, 3]));
        }

        private static Gen<string> StringLiteral()
        {
            Gen<string> piece = Gen.Frequency(
                (8, Gen.Char[' ', '~'].Where(c => c != '"' && c != '\\').Select(c => c.ToString())),
                (2, Gen.Char['\u00a0', '\ud7ff'].Select(c => c.ToString())),
                (1, Gen.Int[0x10000, 0x10ffff].Select(char.ConvertFromUtf32)),
                (2, Gen.OneOf<string>("\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t")),
                (2, Gen.Int[1, 0xffff].Where(c => c < 0xd800 || c > 0xdfff).Select(c => "\\u" + c.ToString(c % 2 == 0 ? "x4" : "X4", CultureInfo.InvariantCulture))),
                (1, Gen.Int[0x10000, 0x10ffff].Select(EscapedPair)));
            return piece.Array[0, 8].Select(pieces => "\"" + string.Concat(pieces) + "\"");
        }

        private static string EscapedPair(int codePoint)
        {
            string pair = char.ConvertFromUtf32(codePoint);
            return "\\u" + ((int)pair[0]).ToString("x4", CultureInfo.InvariantCulture) + "\\u" + ((int)pair[1]).ToString("X4", CultureInfo.InvariantCulture);
        }

        private static Gen<string> Number()
        {
            Gen<string> whole = Gen.Frequency((1, Gen.Const("0")), (4, Gen.Int[1, int.MaxValue].Select(n => n.ToString(CultureInfo.InvariantCulture))), (1, Gen.String[Gen.Char['0', '9'], 1, 30].Select(d => "1" + d)));
            Gen<string> fraction = Gen.Frequency((2, Gen.Const(string.Empty)), (1, Gen.String[Gen.Char['0', '9'], 1, 20].Select(d => "." + d)));
            Gen<string> exponent = Gen.Frequency((3, Gen.Const(string.Empty)), (1, Gen.Select(Gen.OneOf<string>("e", "E"), Gen.OneOf<string>(string.Empty, "+", "-"), Gen.Int[0, 400], (e, s, n) => e + s + n.ToString(CultureInfo.InvariantCulture))));
            return Gen.Select(Gen.OneOf<string>(string.Empty, string.Empty, "-"), whole, fraction, exponent, (sign, w, f, e) => sign + w + f + e);
        }

        private static Gen<string> Mutated(Gen<string> document)
        {
            Gen<(int Kind, double Where, int Symbol)> mutation = Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Int[0, Alphabet.Length - 1]);
            return Gen.Select(document, mutation.Array[0, 3], (text, mutations) =>
            {
                var builder = new StringBuilder(text);
                foreach ((int kind, double where, int symbol) in mutations)
                {
                    int at = (int)(where * builder.Length);
                    bool inside = at < builder.Length;
                    switch (kind)
                    {
                        case 0:
                            builder.Insert(at, Alphabet[symbol]);
                            break;
                        case 1 when inside:
                            builder.Remove(at, 1);
                            break;
                        case 2 when inside:
                            builder.Remove(at, 1).Insert(at, Alphabet[symbol]);
                            break;
                        case 3:
                            builder.Length = at;
                            break;
                        default:
                            string copy = builder.ToString(at, System.Math.Min(4, builder.Length - at));
                            builder.Insert(at, copy);
                            break;
                    }
                }

                return builder.ToString();
            });
        }

        private static Gen<string> Nested()
        {
            return Gen.Frequency(
                (2, Gen.Select(Gen.Int[12, 20], Gen.Bool, (depth, objects) => objects
                    ? string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)
                    : new string('[', depth) + "1" + new string(']', depth))),
                (1, Gen.Int[16370, 16400].Select(length => "\"" + new string('a', length - 2) + "\"")));
        }
    }
}
