using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    /// <summary>
    /// No nf.config error message contains the value of a key marked secret: every secret key of the schema
    /// (and of every repeatable section) is written with several kinds of bad value, and each message is
    /// checked for the value and for its longest runs of digits and letters.
    /// </summary>
    [TestClass]
    public class ConfigSecretTests
    {
        private const string Model = "[device]\nmodel = ABC123\n";

        // Wrong in every way a value can be: blanks, length, characters, sign, size, case, a URL.
        private static readonly string[] BadValues = new string[]
        {
            "12 456", "12345", "1234567", "98765x", "-123456", "99999999999999999999", "NONE", "abc def ghi",
            "SECRETVALUE0123456789SECRETVALUE0123456789SECRETVALUE0123456789", "http://12.34.56.78:77777/x",
        };

        [TestMethod]
        public static void TheSchemaMarksThePasskeySecret()
        {
            // The walk below must have something to walk: the passkey is secret, the model is not.
            Assert.IsTrue(FirmwareConfigSchema.ProvisioningPasskey.IsSecret, "provisioning.passkey is secret");
            Assert.IsFalse(FirmwareConfigSchema.DeviceModel.IsSecret, "device.model is not secret");
            Assert.IsTrue(CountSecretKeys() >= 1, "at least one secret key");
        }

        [TestMethod]
        public static void NoMessageAboutASecretKeyContainsItsValue()
        {
            int checkedMessages = 0;
            for (int k = 0; k < FirmwareConfigSchema.Keys.Length; k++)
            {
                ConfigKey key = FirmwareConfigSchema.Keys[k];
                if (key.IsSecret)
                {
                    checkedMessages += CheckEveryBadValue(key, "[" + key.Section + "]\n");
                }
            }

            for (int f = 0; f < FirmwareConfigSchema.Families.Length; f++)
            {
                ConfigSectionFamily family = FirmwareConfigSchema.Families[f];
                for (int k = 0; k < family.KeyCount; k++)
                {
                    ConfigKey key = family.KeyAt(k);
                    if (key.IsSecret)
                    {
                        checkedMessages += CheckEveryBadValue(key, "[" + family.Name + ".one]\n");
                    }
                }
            }

            Assert.IsTrue(checkedMessages >= BadValues.Length, "every bad value of every secret key was refused and checked");
        }

        [TestMethod]
        public static void ANonSecretKeyStillQuotesItsValue()
        {
            // The control: the same kind of mistake in a non-secret key is quoted (so the walk above is meaningful).
            ConfigException error = ConfigErrorAssert.Catch(Model + "[provisioning]\ndevice_name = ab cd\n");
            Assert.Contains("'ab cd'", error.Message);
        }

        [TestMethod]
        public static void ASecretKeyNamesItsValueWithoutShowingIt()
        {
            ConfigException error = ConfigErrorAssert.Catch(Model + "[provisioning]\npasskey = 12 456\n");
            Assert.Contains(ConfigKey.SecretValueText, error.Message);
            Assert.Contains("provisioning.passkey", error.Message);
            Assert.DoesNotContains("12 456", error.Message);
        }

        private static int CheckEveryBadValue(ConfigKey key, string header)
        {
            int refused = 0;
            for (int v = 0; v < BadValues.Length; v++)
            {
                string value = BadValues[v];
                string text = (key.Section == "device" ? string.Empty : Model) + header + key.Name + " = " + value + "\n";
                ConfigException error = null;
                try
                {
                    FirmwareConfig.Parse(text);
                }
                catch (ConfigException e)
                {
                    error = e;
                }

                if (error == null)
                {
                    // A bad value that is accepted cannot leak through a message; nothing to check.
                    continue;
                }

                refused++;
                Assert.DoesNotContains(value, error.Message);
                string[] parts = Runs(value);
                for (int p = 0; p < parts.Length; p++)
                {
                    Assert.DoesNotContains(parts[p], error.Message);
                }
            }

            return refused;
        }

        // The runs of 4 or more letters or digits of a value: what would still give it away if quoted in part.
        private static string[] Runs(string value)
        {
            char[] chars = value.ToCharArray();
            string[] found = new string[chars.Length];
            int count = 0;
            int start = -1;
            for (int i = 0; i <= chars.Length; i++)
            {
                bool alphanumeric = i < chars.Length && ((chars[i] >= '0' && chars[i] <= '9') || (chars[i] >= 'A' && chars[i] <= 'Z') || (chars[i] >= 'a' && chars[i] <= 'z'));
                if (alphanumeric && start < 0)
                {
                    start = i;
                }
                else if (!alphanumeric && start >= 0)
                {
                    if (i - start >= 4)
                    {
                        found[count++] = new string(chars, start, i - start);
                    }

                    start = -1;
                }
            }

            string[] result = new string[count];
            for (int i = 0; i < count; i++)
            {
                result[i] = found[i];
            }

            return result;
        }

        private static int CountSecretKeys()
        {
            int count = 0;
            for (int k = 0; k < FirmwareConfigSchema.Keys.Length; k++)
            {
                if (FirmwareConfigSchema.Keys[k].IsSecret)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
