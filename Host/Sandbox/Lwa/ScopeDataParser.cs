using System.Collections.Generic;
using System.Text.Json;
using DeviceFirmware.Sandbox.State;

namespace DeviceFirmware.Sandbox.Lwa
{
    /// <summary>
    /// Reads the authorize request's scope_data (already URL-decoded): exactly
    /// {"dash:replenish":{"device_model":"..","serial":"..","is_test_device":true}}, with is_test_device and
    /// should_include_non_live optional booleans; model and serial at most 64 of A-Z a-z 0-9 - + _.
    /// Anything else is refused with a message naming the problem.
    /// </summary>
    internal static class ScopeDataParser
    {
        public const int MaxIdLength = 64;

        private const string Scope = "dash:replenish";

        /// <summary>The device, or null with <paramref name="error"/> set.</summary>
        public static DeviceIdentity Parse(string scopeData, out string error)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(scopeData);
            }
            catch (JsonException)
            {
                error = "scope_data is not valid JSON";
                return null;
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    error = "scope_data must be a JSON object";
                    return null;
                }

                Dictionary<string, JsonElement> top = Members(root, out error);
                if (top == null)
                {
                    return null;
                }

                if (top.Count != 1 || !top.TryGetValue(Scope, out JsonElement dash) || dash.ValueKind != JsonValueKind.Object)
                {
                    error = "scope_data must hold exactly one member, \"dash:replenish\", an object";
                    return null;
                }

                Dictionary<string, JsonElement> members = Members(dash, out error);
                if (members == null)
                {
                    return null;
                }

                foreach (string name in members.Keys)
                {
                    if (name != "device_model" && name != "serial" && name != "is_test_device" && name != "should_include_non_live")
                    {
                        error = "scope_data dash:replenish has an unknown member \"" + Printable(name) + "\"";
                        return null;
                    }
                }

                string model = Identifier(members, "device_model", out error);
                if (model == null)
                {
                    return null;
                }

                string serial = Identifier(members, "serial", out error);
                if (serial == null)
                {
                    return null;
                }

                bool? isTest = OptionalBool(members, "is_test_device", out error);
                if (error != null)
                {
                    return null;
                }

                OptionalBool(members, "should_include_non_live", out error);
                if (error != null)
                {
                    return null;
                }

                return new DeviceIdentity(model, serial, isTest == true);
            }
        }

        /// <summary>Whether <paramref name="text"/> is 1..64 characters of A-Z a-z 0-9 - + _ (DRS's rule for model IDs and serials).</summary>
        public static bool IsValidIdentifier(string text)
        {
            if (string.IsNullOrEmpty(text) || text.Length > MaxIdLength)
            {
                return false;
            }

            foreach (char c in text)
            {
                bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '_';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private static Dictionary<string, JsonElement> Members(JsonElement obj, out string error)
        {
            var members = new Dictionary<string, JsonElement>();
            foreach (JsonProperty property in obj.EnumerateObject())
            {
                if (!members.TryAdd(property.Name, property.Value))
                {
                    error = "scope_data repeats the member \"" + Printable(property.Name) + "\"";
                    return null;
                }
            }

            error = null;
            return members;
        }

        private static string Identifier(Dictionary<string, JsonElement> members, string name, out string error)
        {
            if (!members.TryGetValue(name, out JsonElement value) || value.ValueKind != JsonValueKind.String)
            {
                error = "scope_data dash:replenish needs " + name + " as a string";
                return null;
            }

            string text = value.GetString();
            if (!IsValidIdentifier(text))
            {
                error = "scope_data " + name + " must be 1 to " + MaxIdLength + " characters of A-Z a-z 0-9 - + _ (got " + Describe(text) + ")";
                return null;
            }

            error = null;
            return text;
        }

        private static bool? OptionalBool(Dictionary<string, JsonElement> members, string name, out string error)
        {
            error = null;
            if (!members.TryGetValue(name, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            error = "scope_data " + name + " must be true or false (a JSON boolean)";
            return null;
        }

        // Model and serial are not secrets, but a bad one may be long or binary: quote short printable ones only.
        private static string Describe(string text)
        {
            if (text.Length <= MaxIdLength + 8)
            {
                return "\"" + Printable(text) + "\"";
            }

            return text.Length + " characters";
        }

        private static string Printable(string text)
        {
            var chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] < 0x20 || chars[i] > 0x7e)
                {
                    chars[i] = '?';
                }
            }

            return new string(chars);
        }
    }
}
