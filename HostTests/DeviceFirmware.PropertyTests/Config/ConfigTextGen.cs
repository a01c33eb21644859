using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace DeviceFirmware.PropertyTests.Config
{
    /// <summary>
    /// Generates nf.config files: every section of docs/nf-config.md in random order with each key
    /// present or not, holding a valid, a borderline or a hostile value, 0 to 3 slot sections, comments,
    /// blank lines, CRLF or LF, a byte order mark, then up to three line-level mutations (a line
    /// duplicated, dropped, cut, a character inserted). The passkey is always the value of a line of its
    /// own, so the properties know which text is secret.
    /// </summary>
    public static class ConfigTextGen
    {
        /// <summary>Characters that break a value: blanks, '=', comment marks, non-ASCII, controls.</summary>
        private const string Hostile = " \t=#;[].'\"é\u00a0\u0001\u007f\ud83d\ude00-+_/:?@";

        /// <summary>A generated file.</summary>
        public static readonly Gen<ConfigCase> File = Gen.Select(Sections(), Gen.Bool, Gen.Bool, Mutations(), Passkey(), (sections, crlf, bom, mutations, passkey) =>
        {
            var lines = new List<string>();
            foreach (List<string> section in sections)
            {
                lines.AddRange(section);
            }

            int passkeyLine = -1;
            if (passkey != null)
            {
                int provisioning = lines.IndexOf("[provisioning]");
                if (provisioning < 0)
                {
                    lines.Add("[provisioning]");
                    provisioning = lines.Count - 1;
                }

                lines.Insert(provisioning + 1, "passkey = " + passkey);
                passkeyLine = provisioning + 1;
            }

            bool mutated = false;
            foreach ((int kind, double where, int symbol) in mutations)
            {
                int at = (int)(where * lines.Count);
                if (at >= lines.Count || at == passkeyLine)
                {
                    continue;
                }

                mutated = true;
                switch (kind)
                {
                    case 0:
                        lines.Insert(at, lines[at]);
                        passkeyLine += passkeyLine > at ? 1 : 0;
                        break;
                    case 1:
                        lines.RemoveAt(at);
                        passkeyLine -= passkeyLine > at ? 1 : 0;
                        break;
                    case 2:
                        lines[at] = lines[at].Substring(0, lines[at].Length / 2);
                        break;
                    default:
                        lines[at] = lines[at].Insert(lines[at].Length / 2, Hostile[symbol % Hostile.Length].ToString());
                        break;
                }
            }

            string text = (bom ? "\uFEFF" : string.Empty) + string.Join(crlf ? "\r\n" : "\n", lines) + "\n";
            return new ConfigCase(text, passkey, passkeyLine + 1, mutated);
        });

        private static Gen<List<string>[]> Sections()
        {
            Gen<List<string>> device = Section("device", Key("model", Identifier(64), true), Key("serial", Gen.Frequency((3, Gen.Const("mac")), (1, Gen.OneOf<string>("MAC", "Mac")), (2, Identifier(64)))));
            Gen<List<string>> lwa = Section("lwa", Key("token_url", Url()));
            Gen<List<string>> drs = Section("drs", Key("base_url", Url()));
            Gen<List<string>> pkce = Section("pkce", Key("method", Gen.Frequency((4, Gen.Const("S256")), (1, Gen.OneOf<string>("plain", "s256", "PLAIN", "S512")))), Key("verifier_length", Integer(43, 128)));
            Gen<List<string>> provisioning = Section(
                "provisioning",
                Key("window_minutes", Integer(1, 60)),
                Key("button_pin", Integer(0, 48)),
                Key("long_press_seconds", Integer(2, 30)),
                Key("device_name", Gen.Frequency((2, Gen.Const("auto")), (2, Identifier(9)))),
                Key("ble_during_exchange", Gen.OneOf<string>("keep", "stop", "Stop", "halt")));
            Gen<List<string>[]> slots = Gen.Int[0, 3].SelectMany(count => Gen.Int[0, 7].Array[count].SelectMany(channels =>
                Sequence(channels.Select((channel, i) => Slot(i, channel)).ToArray()).Select(list => list.ToArray())));
            Gen<List<string>> unknown = Gen.OneOf<string>("[wifi]", "[Device]", "[]", "[slot]", "[device", "ssid = x", "[slot.UPPER]").Select(line => new List<string> { line });
            return Gen.Select(device, lwa, drs, pkce, provisioning, slots, Gen.Frequency((6, Gen.Const(new List<string>())), (1, unknown)), (d, l, r, p, v, s, u) =>
                new[] { d, l, r, p, v, u }.Concat(s).ToArray()).SelectMany(all => Gen.Shuffle(all));
        }

        private static Gen<(int Kind, double Where, int Symbol)[]> Mutations()
        {
            return Gen.Frequency(
                (3, Gen.Const(new (int, double, int)[0])),
                (2, Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Int[0, 100]).Array[1, 3]));
        }

        // All of the generators' values, in order.
        private static Gen<List<T>> Sequence<T>(Gen<T>[] gens)
        {
            Gen<List<T>> all = Gen.Const(() => new List<T>());
            foreach (Gen<T> gen in gens)
            {
                all = Gen.Select(all, gen, (list, value) => new List<T>(list) { value });
            }

            return all;
        }

        private static Gen<List<string>> Slot(int index, int channel)
        {
            return Section(
                "slot.s" + index,
                Key("slot_id", Identifier(64), true),
                Key("sensor_channel", Gen.Frequency((6, Gen.Const(channel.ToString())), (1, Integer(0, 9))), true),
                Key("raw_empty", Integer(0, 4095), true),
                Key("raw_full", Integer(0, 4095), true),
                Key("low_percent", Integer(1, 99)),
                Key("refill_percent", Integer(2, 100)),
                Key("low_readings", Integer(1, 20)),
                Key("sample_seconds", Integer(1, 86400)),
                Key("original_quantity", Integer(1, 1000000), true),
                Key("unit", Identifier(16)));
        }

        private static Gen<List<string>> Section(string name, params Gen<string>[] keys)
        {
            Gen<string> comment = Gen.OneOf<string>("# a comment", "; another", "", "   ", "\t# indented");
            return Sequence(keys).SelectMany(lines => Gen.Select(comment, Gen.Bool, (c, withComment) =>
            {
                var section = new List<string> { "[" + name + "]" };
                if (withComment)
                {
                    section.Add(c);
                }

                section.AddRange(lines.Where(line => line != null));
                return section;
            }));
        }

        // A key line (null = left out): "key = value" with random blanks around the '='.
        private static Gen<string> Key(string name, Gen<string> value, bool required = false)
        {
            Gen<string> blank = Gen.OneOf<string>("", " ", "\t", "  ");
            Gen<string> line = Gen.Select(blank, blank, blank, value, (a, b, c, v) => a + name + b + "=" + c + v);
            return required ? Gen.Frequency((12, line), (1, Gen.Const((string)null))) : Gen.Frequency((2, line), (1, Gen.Const((string)null)));
        }

        private static Gen<string> Identifier(int maxLength)
        {
            Gen<char> valid = Gen.Char["ABCXYZabcxyz0189-+_"];
            return Gen.Frequency(
                (6, Gen.String[valid, 1, maxLength]),
                (1, Gen.String[valid, maxLength + 1, maxLength + 3]),
                (1, Gen.Select(Gen.String[valid, 0, 4], Gen.Char[Hostile], Gen.String[valid, 0, 4], (a, c, b) => a + c + b)));
        }

        private static Gen<string> Integer(int minimum, int maximum)
        {
            return Gen.Frequency(
                (6, Gen.Int[minimum, maximum].Select(n => n.ToString())),
                (1, Gen.OneOf<string>((minimum - 1).ToString(), (maximum + 1).ToString(), "-1", "+5", "1 0", "0x10", "99999999999999999999", "", "4x", "１")));
        }

        private static Gen<string> Url()
        {
            return Gen.OneOf<string>(
                "https://api.amazon.com/auth/o2/token", "http://127.0.0.1:5000/auth/o2/token", "http://localhost:5000", "http://[::1]:8080/x",
                "https://drs.example.com/", "http://api.amazon.com/token", "ftp://x", "https://user:pw@host/x", "https://host/x?q=1", "https://host/#f",
                "https://", "https://host:0/", "https://host:65536/", "https://ho st/", "https://host/{x}", "https://hé.com/", "https://[::1/", "//host/x", "https://a_b.com/");
        }

        private static Gen<string> Passkey()
        {
            return Gen.Frequency(
                (1, Gen.Const((string)null)),
                (1, Gen.Const("none")),
                (3, Gen.String[Gen.Char['0', '9'], 6, 6]),
                (3, Gen.String[Gen.Char["0123456789"], 1, 9]),
                (3, Gen.Select(Gen.String[Gen.Char['0', '9'], 1, 4], Gen.Char[Hostile], Gen.String[Gen.Char["0123456789abcXYZ"], 1, 4], (a, c, b) => a + c + b)),
                (2, Gen.String[Gen.Char["0123456789abcXYZ-+_"], 2, 8]));
        }
    }
}
