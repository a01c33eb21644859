using System;
using System.Linq;
using System.Text;
using DeviceFirmware.Config;
using DeviceFirmware.PropertyTests.Support;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.PropertyTests.Config
{
    /// <summary>
    /// <see cref="FirmwareConfig.Parse"/> on generated nf.config files (docs/nf-config.md): it throws no
    /// exception but <see cref="ConfigException"/>; the message has the documented shape and names the
    /// line (a line of the file, holding the key when a key is named) and key of its LineNumber and Key;
    /// and no message contains the value of provisioning.passkey, nor depends on which characters it has.
    /// </summary>
    public class FirmwareConfigProperties
    {
        private const string Surface = "nf.config";
        private const int DefaultCases = 3000;
        private const string DocumentedPasskeyRange = "000000..999999";
        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test class.</summary>
        /// <param name="output">Where the figures go.</param>
        public FirmwareConfigProperties(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>Only ConfigException, naming a real line and key, never echoing the passkey.</summary>
        [Fact]
        public void RefusesOnlyWithConfigExceptionNamingLineAndKeyNeverThePasskey()
        {
            PropertyRun.Check(_output, Surface, DefaultCases, ConfigTextGen.File, Property, Describe);
        }

        private static void Property(ConfigCase file)
        {
            ConfigException error = Parse(file.Text);
            if (error == null)
            {
                return;
            }

            string[] lines = file.Text.TrimStart('\uFEFF').Split('\n');
            int lineCount = file.Text.EndsWith("\n", StringComparison.Ordinal) ? lines.Length - 1 : lines.Length;
            string message = error.Message;
            PropertyRun.Require(error.LineNumber >= 0 && error.LineNumber <= lineCount, "line " + error.LineNumber + " is not a line of the file (" + lineCount + " lines)");
            string where = error.LineNumber > 0 ? ConfigException.FileName + " line " + error.LineNumber : ConfigException.FileName;
            string expected = error.Key == null ? where + ": " + error.Problem : where + ": key " + error.Key + ": " + error.Problem;
            PropertyRun.Require(message == expected, "message is not of the documented shape: " + Redact(message, file.Passkey));
            if (error.LineNumber > 0 && error.Key != null)
            {
                string line = lines[error.LineNumber - 1].TrimEnd('\r');
                int equals = line.IndexOf('=');
                string keyOnLine = equals < 0 ? null : line.Substring(0, equals).Trim(' ', '\t');
                // Key is "section.key", or the bare key before any section (a key may itself contain '.').
                bool named = keyOnLine != null && keyOnLine.Length > 0 && (error.Key == keyOnLine || error.Key.EndsWith("." + keyOnLine, StringComparison.Ordinal));
                PropertyRun.Require(named, "line " + error.LineNumber + " does not set the key the message names: " + Redact(message, file.Passkey));
            }

            if (file.Passkey == null)
            {
                return;
            }

            // The passkey's text must not be in the message, unless that text is also elsewhere in the file or in the documented wording.
            string elsewhere = string.Join("\n", lines.Where((l, i) => i != file.PasskeyLine - 1)) + DocumentedPasskeyRange + " line column position";
            if (file.Passkey.Length >= 3 && !elsewhere.Contains(file.Passkey, StringComparison.Ordinal))
            {
                PropertyRun.Require(!message.Contains(file.Passkey, StringComparison.Ordinal), "the message contains the passkey's value: " + Redact(message, file.Passkey));
            }

            // The message must not depend on which digits and letters the passkey has: the same shape gives the same message.
            if (file.Passkey != "none")
            {
                string lookalike = Lookalike(file.Passkey);
                string[] changed = file.Text.Split('\n');
                int index = file.PasskeyLine - 1;
                changed[index] = changed[index].Replace(file.Passkey, lookalike, StringComparison.Ordinal);
                ConfigException other = Parse(string.Join("\n", changed));
                PropertyRun.Require(other != null && other.Message == message, "the message changes with the passkey's characters: " + Redact(message, file.Passkey));
            }
        }

        private static ConfigException Parse(string text)
        {
            try
            {
                FirmwareConfig.Parse(text);
                return null;
            }
            catch (ConfigException e)
            {
                return e;
            }
        }

        // Same length and character classes, other characters: digits and letters rotated.
        private static string Lookalike(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                builder.Append(c switch
                {
                    >= '0' and <= '9' => (char)('0' + ((c - '0' + 3) % 10)),
                    >= 'a' and <= 'z' => (char)('a' + ((c - 'a' + 7) % 26)),
                    >= 'A' and <= 'Z' => (char)('A' + ((c - 'A' + 7) % 26)),
                    _ => c,
                });
            }

            return builder.ToString();
        }

        private static string Redact(string text, string secret) =>
            string.IsNullOrEmpty(secret) || secret.Length < 3 ? text : text.Replace(secret, "<passkey>", StringComparison.Ordinal);

        // The file with the passkey's value replaced by its length: the seed reproduces the real one.
        private static string Describe(ConfigCase file) =>
            "passkey of " + (file.Passkey?.Length ?? 0) + " characters on line " + file.PasskeyLine + "; file: "
            + System.Text.Json.JsonSerializer.Serialize(file.Passkey == null ? file.Text : file.Text.Replace("passkey = " + file.Passkey, "passkey = <redacted>", StringComparison.Ordinal));
    }
}
