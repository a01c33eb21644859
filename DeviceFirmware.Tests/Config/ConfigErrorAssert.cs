using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    /// <summary>Asserts on the ConfigException that parsing a text produces.</summary>
    public static class ConfigErrorAssert
    {
        /// <summary>
        /// Asserts that <see cref="FirmwareConfig.Parse"/> throws exactly ConfigException with
        /// this line, key and message part, and that the message starts with the file and line.
        /// </summary>
        /// <returns>The exception, for further checks.</returns>
        public static ConfigException Fails(string text, int lineNumber, string key, string messagePart)
        {
            Assert.ThrowsException(typeof(ConfigException), () => FirmwareConfig.Parse(text));
            ConfigException error = Catch(text);
            Assert.AreEqual(lineNumber, error.LineNumber, "line number");
            if (key == null)
            {
                Assert.IsNull(error.Key, "no key expected");
            }
            else
            {
                Assert.AreEqual(key, error.Key, "key");
            }

            Assert.Contains(messagePart, error.Message);
            Assert.StartsWith(lineNumber > 0 ? "nf.config line " + lineNumber + ": " : "nf.config: ", error.Message);
            return error;
        }

        /// <summary>Parses the text and returns the ConfigException it throws.</summary>
        public static ConfigException Catch(string text)
        {
            try
            {
                FirmwareConfig.Parse(text);
            }
            catch (ConfigException e)
            {
                return e;
            }

            Assert.IsTrue(false, "the text was accepted");
            return null;
        }
    }
}
