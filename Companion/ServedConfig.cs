using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeviceFirmware.Companion
{
    /// <summary>
    /// The bytes served as /companion.config.json: the maker's file as it is, or a copy with the host's
    /// overrides (sandbox, tests). The page validates whatever it gets, so nothing here judges the values.
    /// </summary>
    internal sealed class ServedConfig
    {
        private ServedConfig(byte[] body)
        {
            Body = body;
        }

        /// <summary>The JSON to serve; null when there is no file and nothing to serve instead (404).</summary>
        public byte[] Body { get; }

        /// <summary>The file's text as a JSON object, or an empty object when the file is missing.</summary>
        /// <param name="path">wwwroot/companion.config.json.</param>
        /// <exception cref="InvalidDataException">The file exists but is not a JSON object.</exception>
        public static JsonObject ReadObject(string path)
        {
            if (!File.Exists(path))
            {
                return new JsonObject();
            }

            try
            {
                return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                    ?? throw new InvalidDataException(path + " is not a JSON object.");
            }
            catch (JsonException e)
            {
                throw new InvalidDataException(path + " is not valid JSON: " + e.Message, e);
            }
        }

        /// <summary>The file's bytes unchanged (a maker checking their production config), or 404 when missing.</summary>
        public static ServedConfig AsIs(string path) => new ServedConfig(File.Exists(path) ? File.ReadAllBytes(path) : null);

        /// <summary>The file's values with <paramref name="values"/> already overridden by the caller.</summary>
        public static ServedConfig Of(JsonObject values) => new ServedConfig(JsonSerializer.SerializeToUtf8Bytes(values, new JsonSerializerOptions { WriteIndented = true }));

        /// <summary>The string value of <paramref name="key"/>, or null when absent or not a string.</summary>
        public static string StringOf(JsonObject values, string key)
        {
            return values.TryGetPropertyValue(key, out JsonNode node) && node is JsonValue value && value.TryGetValue(out string text) ? text : null;
        }
    }
}
