using System.Collections.Generic;
using System.Text.Json;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>Reads a DRS JSON request body into its members, refusing anything but one JSON object with distinct member names.</summary>
    internal static class JsonBody
    {
        /// <summary>The members (cloned, so the document can go), or null with <paramref name="error"/> set.</summary>
        public static Dictionary<string, JsonElement> Members(byte[] body, out string error)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    error = "The body must be a JSON object";
                    return null;
                }

                var members = new Dictionary<string, JsonElement>();
                foreach (JsonProperty property in document.RootElement.EnumerateObject())
                {
                    if (!members.TryAdd(property.Name, property.Value.Clone()))
                    {
                        error = "The body repeats " + property.Name;
                        return null;
                    }
                }

                error = null;
                return members;
            }
            catch (JsonException)
            {
                error = "The body is not valid JSON";
                return null;
            }
        }
    }
}
