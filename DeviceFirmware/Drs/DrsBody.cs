using System;
using DeviceFirmware.Json;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// Reads the JSON body of a successful DRS response. Every problem (not JSON, a member
    /// missing or of the wrong kind) becomes a <see cref="DrsException"/> with
    /// <see cref="DrsFailure.BadResponse"/> that names the call, the status code and the member,
    /// never quoting the body. Unknown members are ignored: DRS may add some.
    /// </summary>
    public sealed class DrsBody
    {
        private readonly DrsOperation _operation;
        private readonly int _statusCode;
        private readonly JsonObject _root;

        private DrsBody(DrsOperation operation, int statusCode, JsonObject root)
        {
            _operation = operation;
            _statusCode = statusCode;
            _root = root;
        }

        /// <summary>The top-level object.</summary>
        public JsonObject Root
        {
            get { return _root; }
        }

        /// <summary>Parses a body that must be a JSON object.</summary>
        /// <param name="operation">The call, for messages.</param>
        /// <param name="statusCode">The response's status, for messages.</param>
        /// <param name="body">The body text.</param>
        /// <returns>The reader.</returns>
        /// <exception cref="DrsException">The body is empty, not JSON, or not an object.</exception>
        public static DrsBody Parse(DrsOperation operation, int statusCode, string body)
        {
            if (operation == null)
            {
                throw new ArgumentNullException("operation");
            }

            if (body == null || body.Length == 0)
            {
                throw Problem(operation, statusCode, "the body is empty", null);
            }

            JsonValue value;
            try
            {
                value = JsonReader.Parse(body);
            }
            catch (JsonException e)
            {
                throw Problem(operation, statusCode, "the body is not JSON (" + e.Message + ")", e);
            }

            JsonObject root = value as JsonObject;
            if (root == null)
            {
                throw Problem(operation, statusCode, "the body is a " + JsonValue.KindName(value.Kind) + ", not an object", null);
            }

            return new DrsBody(operation, statusCode, root);
        }

        /// <summary>A required string member.</summary>
        /// <param name="owner">The object holding it.</param>
        /// <param name="name">Member name.</param>
        /// <returns>The string (may be empty).</returns>
        public string RequiredString(JsonObject owner, string name)
        {
            JsonString value = Require(owner, name, JsonValueKind.String) as JsonString;
            return value.Value;
        }

        /// <summary>An optional string member.</summary>
        /// <param name="owner">The object holding it.</param>
        /// <param name="name">Member name.</param>
        /// <returns>The string, or null when absent or JSON null.</returns>
        public string OptionalString(JsonObject owner, string name)
        {
            JsonValue value = owner.Get(name);
            if (value == null || value.Kind == JsonValueKind.Null)
            {
                return null;
            }

            return ((JsonString)Expect(value, name, JsonValueKind.String)).Value;
        }

        /// <summary>A required boolean member.</summary>
        /// <param name="owner">The object holding it.</param>
        /// <param name="name">Member name.</param>
        /// <returns>The value.</returns>
        public bool RequiredBool(JsonObject owner, string name)
        {
            return ToBool(Require(owner, name, JsonValueKind.True), name);
        }

        /// <summary>An optional number member.</summary>
        /// <param name="owner">The object holding it.</param>
        /// <param name="name">Member name.</param>
        /// <param name="absent">Value when the member is absent or JSON null.</param>
        /// <returns>The number.</returns>
        public double OptionalNumber(JsonObject owner, string name, double absent)
        {
            JsonValue value = owner.Get(name);
            if (value == null || value.Kind == JsonValueKind.Null)
            {
                return absent;
            }

            return ((JsonNumber)Expect(value, name, JsonValueKind.Number)).ToDouble();
        }

        /// <summary>A required object member.</summary>
        /// <param name="owner">The object holding it.</param>
        /// <param name="name">Member name.</param>
        /// <returns>The object.</returns>
        public JsonObject RequiredObject(JsonObject owner, string name)
        {
            return (JsonObject)Require(owner, name, JsonValueKind.Object);
        }

        /// <summary>A required array member.</summary>
        /// <param name="owner">The object holding it.</param>
        /// <param name="name">Member name.</param>
        /// <returns>The array.</returns>
        public JsonArray RequiredArray(JsonObject owner, string name)
        {
            return (JsonArray)Require(owner, name, JsonValueKind.Array);
        }

        /// <summary>An optional array member.</summary>
        /// <param name="owner">The object holding it.</param>
        /// <param name="name">Member name.</param>
        /// <returns>The array, or null when absent or JSON null.</returns>
        public JsonArray OptionalArray(JsonObject owner, string name)
        {
            JsonValue value = owner.Get(name);
            if (value == null || value.Kind == JsonValueKind.Null)
            {
                return null;
            }

            return (JsonArray)Expect(value, name, JsonValueKind.Array);
        }

        /// <summary>An element of an array that must be an object.</summary>
        /// <param name="array">The array.</param>
        /// <param name="index">0-based index.</param>
        /// <param name="arrayName">Name of the array, for messages.</param>
        /// <returns>The object.</returns>
        public JsonObject ObjectAt(JsonArray array, int index, string arrayName)
        {
            return (JsonObject)Expect(array[index], arrayName + "[" + index + "]", JsonValueKind.Object);
        }

        /// <summary>A true or false value.</summary>
        /// <param name="value">The value.</param>
        /// <param name="name">Its name, for messages.</param>
        /// <returns>The boolean.</returns>
        public bool ToBool(JsonValue value, string name)
        {
            if (value.Kind == JsonValueKind.True)
            {
                return true;
            }

            if (value.Kind == JsonValueKind.False)
            {
                return false;
            }

            throw Fail(name + " is a " + JsonValue.KindName(value.Kind) + ", expected true or false");
        }

        /// <summary>The exception for a body that does not match the documented shape.</summary>
        /// <param name="problem">What is wrong (no body content).</param>
        /// <returns>The exception to throw.</returns>
        public DrsException Fail(string problem)
        {
            return Problem(_operation, _statusCode, problem, null);
        }

        private JsonValue Require(JsonObject owner, string name, JsonValueKind kind)
        {
            JsonValue value = owner.Get(name);
            if (value == null)
            {
                throw Fail("member " + name + " is missing");
            }

            return kind == JsonValueKind.True ? value : Expect(value, name, kind);
        }

        private JsonValue Expect(JsonValue value, string name, JsonValueKind kind)
        {
            if (value.Kind != kind)
            {
                throw Fail(name + " is a " + JsonValue.KindName(value.Kind) + ", expected a " + JsonValue.KindName(kind));
            }

            return value;
        }

        private static DrsException Problem(DrsOperation operation, int statusCode, string problem, Exception inner)
        {
            return new DrsException(DrsFailure.BadResponse, operation.Name, statusCode, operation + ": HTTP " + statusCode + " with an unreadable body: " + problem, inner);
        }
    }
}
