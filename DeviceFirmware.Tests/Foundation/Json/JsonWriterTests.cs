using System;
using System.Text;
using DeviceFirmware.Json;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Json
{
    [TestClass]
    public class JsonWriterTests
    {
        [TestMethod]
        public static void WritesMembersInCallOrder()
        {
            JsonWriter writer = new JsonWriter();
            writer.BeginObject();
            writer.WriteString("expectedReplenishmentDate", "2015-12-28T10:00:00Z");
            writer.WriteNumber("remainingQuantityInUnit", 3.5, 3);
            writer.WriteNumber("originalQuantityInUnit", 10L);
            writer.WriteBool("flag", true);
            writer.WriteNull("nothing");
            writer.EndObject();
            Assert.AreEqual("{\"expectedReplenishmentDate\":\"2015-12-28T10:00:00Z\",\"remainingQuantityInUnit\":3.5,\"originalQuantityInUnit\":10,\"flag\":true,\"nothing\":null}", writer.ToString());
        }

        [TestMethod]
        public static void WritesTheDeviceStatusBody()
        {
            JsonWriter writer = new JsonWriter();
            writer.BeginObject();
            writer.WriteString("mostRecentlyActiveDate", "2015-12-21T10:00:00Z");
            writer.EndObject();
            Assert.AreEqual("{\"mostRecentlyActiveDate\":\"2015-12-21T10:00:00Z\"}", writer.ToString());
        }

        [TestMethod]
        public static void WritesNestedObjects()
        {
            JsonWriter writer = new JsonWriter();
            writer.BeginObject();
            writer.BeginObject("dash:replenish");
            writer.WriteString("device_model", "m");
            writer.WriteBool("is_test_device", false);
            writer.EndObject();
            writer.BeginObject("empty");
            writer.EndObject();
            writer.WriteNumber("n", -1L);
            writer.EndObject();
            Assert.AreEqual("{\"dash:replenish\":{\"device_model\":\"m\",\"is_test_device\":false},\"empty\":{},\"n\":-1}", writer.ToString());
        }

        [TestMethod]
        public static void EscapesStrings()
        {
            // No U+0000 here: a device string ends there, so the writer never sees it on the device.
            JsonWriter writer = new JsonWriter();
            writer.BeginObject();
            writer.WriteString("q\"b\\", "tab\tcr\rlf\nbs\bff\fsoh\u0001us\u001f del\u007f \u00e9\u4e2d /");
            writer.EndObject();
            Assert.AreEqual("{\"q\\\"b\\\\\":\"tab\\tcr\\rlf\\nbs\\bff\\fsoh\\u0001us\\u001F del\u007f \u00e9\u4e2d /\"}", writer.ToString());
        }

        [TestMethod]
        public static void WritesCharactersOutsideTheBmpAsTheyAre()
        {
            // Unescaped text is copied in runs; char by char would break the emoji on the device.
            JsonWriter writer = new JsonWriter();
            writer.BeginObject();
            writer.WriteString("v", "\ud83d\ude00\"\ud83d\ude00\n");
            writer.EndObject();
            Assert.AreEqual("{\"v\":\"\ud83d\ude00\\\"\ud83d\ude00\\n\"}", writer.ToString());
            Assert.AreEqual(Utf8(new byte[] { 0x7B, 0x22, 0x76, 0x22, 0x3A, 0x22, 0xF0, 0x9F, 0x98, 0x80, 0x5C, 0x22, 0xF0, 0x9F, 0x98, 0x80, 0x5C, 0x6E, 0x22, 0x7D }), writer.ToString());
        }

        [TestMethod]
        public static void EscapedOutputReadsBackUnchanged()
        {
            string awkward = "\"\\/\b\f\n\r\t\u0001\u001e \u00e9\u4e2d\ud83d\ude00 end";
            JsonWriter writer = new JsonWriter();
            writer.BeginObject();
            writer.WriteString("v", awkward);
            writer.WriteNumber("big", long.MinValue);
            writer.EndObject();
            JsonObject json = (JsonObject)JsonReader.Parse(writer.ToString());
            Assert.AreEqual(awkward, json.GetStringOrNull("v"));
            long value;
            Assert.IsTrue(((JsonNumber)json.Get("big")).TryGetInt64(out value));
            Assert.AreEqual(long.MinValue, value);
        }

        [TestMethod]
        public static void WritesDecimalsWithFixedRounding()
        {
            Assert.AreEqual("3", Decimal(3.0, 3));
            Assert.AreEqual("2.5", Decimal(2.5, 3));
            Assert.AreEqual("0.125", Decimal(0.125, 3));
            Assert.AreEqual("0.13", Decimal(0.125, 2));
            Assert.AreEqual("-0.13", Decimal(-0.125, 2));
            Assert.AreEqual("1", Decimal(0.5, 0));
            Assert.AreEqual("0", Decimal(0.0004, 3));
            Assert.AreEqual("0", Decimal(-0.0004, 3));
            Assert.AreEqual("12345.678901234", Decimal(12345.678901234, 9));
            Assert.AreEqual("0.1", Decimal(0.1, 9));
        }

        [TestMethod]
        public static void RefusesNumbersJsonCannotHold()
        {
            JsonWriter writer = new JsonWriter();
            writer.BeginObject();
            Assert.ThrowsException(typeof(ArgumentException), () => writer.WriteNumber("x", double.NaN, 2));
            Assert.ThrowsException(typeof(ArgumentException), () => writer.WriteNumber("x", double.PositiveInfinity, 2));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => writer.WriteNumber("x", 1e300, 2));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => writer.WriteNumber("x", 1.0, 10));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => writer.WriteNumber("x", 1.0, -1));
            writer.EndObject();
            Assert.AreEqual("{}", writer.ToString());
        }

        [TestMethod]
        public static void RefusesMisuse()
        {
            JsonWriter fresh = new JsonWriter();
            Assert.ThrowsException(typeof(InvalidOperationException), () => fresh.WriteString("a", "b"));
            Assert.ThrowsException(typeof(InvalidOperationException), () => fresh.ToString());
            Assert.ThrowsException(typeof(InvalidOperationException), () => fresh.EndObject());

            JsonWriter open = new JsonWriter();
            open.BeginObject();
            open.BeginObject("child");
            Assert.ThrowsException(typeof(InvalidOperationException), () => open.ToString());
            Assert.ThrowsException(typeof(InvalidOperationException), () => open.BeginObject());
            open.EndObject();
            open.EndObject();
            Assert.ThrowsException(typeof(InvalidOperationException), () => open.WriteBool("late", true));
            Assert.ThrowsException(typeof(InvalidOperationException), () => open.BeginObject());
            Assert.AreEqual("{\"child\":{}}", open.ToString());
        }

        private static string Decimal(double value, int digits)
        {
            JsonWriter writer = new JsonWriter();
            writer.BeginObject();
            writer.WriteNumber("v", value, digits);
            writer.EndObject();
            string json = writer.ToString();
            return json.Substring(5, json.Length - 6);
        }

        // The text whose UTF-8 form is these bytes (GetString is right on the device, unlike string[i]).
        private static string Utf8(byte[] bytes)
        {
            return Encoding.UTF8.GetString(bytes, 0, bytes.Length);
        }
    }
}
