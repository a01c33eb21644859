using System;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// Declaration of one key nf.config may contain: its section, name, kind, limits and
    /// default. Adding a key to the firmware is adding one of these to a schema; the parsing
    /// and checking are shared.
    /// </summary>
    public sealed class ConfigKey
    {
        /// <summary>Pass as a default to make a key required.</summary>
        public const string Required = null;

        /// <summary>Pass as a default to make a key optional without a default: its value is null when the file does not set it (a later check decides whether it is needed).</summary>
        public const string NoDefault = "";

        /// <summary>How an error message names the value of a secret key, instead of quoting it.</summary>
        public const string SecretValueText = "the value (not shown: secret)";

        private readonly string _section;
        private readonly string _name;
        private readonly ConfigValueKind _kind;
        private readonly string _defaultValue;
        private readonly int _minimum;
        private readonly int _maximum;
        private readonly string[] _choices;
        private readonly bool _secret;

        private ConfigKey(string section, string name, ConfigValueKind kind, string defaultValue, int minimum, int maximum, string[] choices)
            : this(section, name, kind, defaultValue, minimum, maximum, choices, false)
        {
        }

        private ConfigKey(string section, string name, ConfigValueKind kind, string defaultValue, int minimum, int maximum, string[] choices, bool secret)
        {
            if (section == null || !ConfigText.IsName(section))
            {
                throw new ArgumentException("section name must be lower-case a-z 0-9 _ .", "section");
            }

            if (name == null || !ConfigText.IsName(name))
            {
                throw new ArgumentException("key name must be lower-case a-z 0-9 _ .", "name");
            }

            _section = section;
            _name = name;
            _kind = kind;
            _defaultValue = defaultValue;
            _minimum = minimum;
            _maximum = maximum;
            _choices = choices;
            _secret = secret;
        }

        /// <summary>Section the key belongs to.</summary>
        public string Section
        {
            get { return _section; }
        }

        /// <summary>Key name within its section.</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>"section.key", as error messages name it.</summary>
        public string QualifiedName
        {
            get { return _section + "." + _name; }
        }

        /// <summary>What the key accepts.</summary>
        public ConfigValueKind Kind
        {
            get { return _kind; }
        }

        /// <summary>Value used when the file does not set the key, as it would be written; null when required.</summary>
        public string DefaultValue
        {
            get { return _defaultValue; }
        }

        /// <summary>True when the value is a secret: error messages never contain it (<see cref="SecretValueText"/> instead).</summary>
        public bool IsSecret
        {
            get { return _secret; }
        }

        /// <summary>True when the file must set the key.</summary>
        public bool IsRequired
        {
            get { return _defaultValue == null; }
        }

        /// <summary>A key of 1 to <paramref name="maxLength"/> characters of A-Z a-z 0-9 - + _.</summary>
        /// <param name="section">Section name.</param>
        /// <param name="name">Key name.</param>
        /// <param name="maxLength">Longest value allowed.</param>
        /// <param name="defaultValue">Default, or <see cref="Required"/>.</param>
        /// <returns>The declaration.</returns>
        public static ConfigKey Identifier(string section, string name, int maxLength, string defaultValue)
        {
            return new ConfigKey(section, name, ConfigValueKind.Identifier, defaultValue, 1, maxLength, null);
        }

        /// <summary>The same declaration, marked secret: error messages about its value never contain the value.</summary>
        /// <returns>A secret copy of this declaration.</returns>
        public ConfigKey AsSecret()
        {
            return new ConfigKey(_section, _name, _kind, _defaultValue, _minimum, _maximum, _choices, true);
        }

        /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>, decimal digits only.</summary>
        /// <param name="section">Section name.</param>
        /// <param name="name">Key name.</param>
        /// <param name="minimum">Smallest value allowed (0 or more).</param>
        /// <param name="maximum">Largest value allowed.</param>
        /// <param name="defaultValue">Default as written (e.g. "43"), or <see cref="Required"/>.</param>
        /// <returns>The declaration.</returns>
        public static ConfigKey Integer(string section, string name, int minimum, int maximum, string defaultValue)
        {
            return new ConfigKey(section, name, ConfigValueKind.Integer, defaultValue, minimum, maximum, null);
        }

        /// <summary>One of the given words, exact case.</summary>
        /// <param name="section">Section name.</param>
        /// <param name="name">Key name.</param>
        /// <param name="choices">The accepted words.</param>
        /// <param name="defaultValue">Default, or <see cref="Required"/>.</param>
        /// <returns>The declaration.</returns>
        public static ConfigKey Choice(string section, string name, string[] choices, string defaultValue)
        {
            return new ConfigKey(section, name, ConfigValueKind.Choice, defaultValue, 0, 0, choices);
        }

        /// <summary>An endpoint URL, kept as written (see <see cref="ConfigValueKind.Url"/>).</summary>
        /// <param name="section">Section name.</param>
        /// <param name="name">Key name.</param>
        /// <param name="defaultValue">Default, or <see cref="Required"/>.</param>
        /// <returns>The declaration.</returns>
        public static ConfigKey Url(string section, string name, string defaultValue)
        {
            return new ConfigKey(section, name, ConfigValueKind.Url, defaultValue, 0, 0, null);
        }

        /// <summary>A base URL that paths are appended to; trailing '/' removed (see <see cref="ConfigValueKind.BaseUrl"/>).</summary>
        /// <param name="section">Section name.</param>
        /// <param name="name">Key name.</param>
        /// <param name="defaultValue">Default, or <see cref="Required"/>.</param>
        /// <returns>The declaration.</returns>
        public static ConfigKey BaseUrl(string section, string name, string defaultValue)
        {
            return new ConfigKey(section, name, ConfigValueKind.BaseUrl, defaultValue, 0, 0, null);
        }

        /// <summary>Checks a value against the declaration and converts it.</summary>
        /// <param name="value">The trimmed, non-empty value.</param>
        /// <param name="lineNumber">Line it comes from, 0 for the default.</param>
        /// <returns>A string, or a boxed int for <see cref="ConfigValueKind.Integer"/>.</returns>
        /// <exception cref="ConfigException">The value does not fit the declaration.</exception>
        internal object Convert(string value, int lineNumber)
        {
            return Convert(value, lineNumber, QualifiedName);
        }

        /// <summary>Checks a value against the declaration and converts it, naming the key as given in errors.</summary>
        /// <param name="value">The trimmed, non-empty value.</param>
        /// <param name="lineNumber">Line it comes from, 0 for the default.</param>
        /// <param name="qualifiedName">The key as errors name it: "slot.coffee.low_percent" for a key of a repeatable section.</param>
        /// <returns>A string, or a boxed int for <see cref="ConfigValueKind.Integer"/>.</returns>
        /// <exception cref="ConfigException">The value does not fit the declaration.</exception>
        internal object Convert(string value, int lineNumber, string qualifiedName)
        {
            // A secret's problems name it by SecretValueText, never by its text.
            string secretText = _secret ? SecretValueText : null;
            string problem;
            switch (_kind)
            {
                case ConfigValueKind.Integer:
                    int number;
                    problem = ConfigValueRules.IntegerProblem(value, secretText, _minimum, _maximum, out number);
                    ThrowIf(problem, lineNumber, qualifiedName);
                    return number;
                case ConfigValueKind.Choice:
                    problem = ConfigValueRules.ChoiceProblem(value, secretText, _choices);
                    break;
                case ConfigValueKind.Url:
                case ConfigValueKind.BaseUrl:
                    // HttpUrlRules may quote parts of the URL (scheme, port): a secret URL gets a generic problem.
                    problem = HttpUrlRules.FindProblem(value);
                    if (problem != null)
                    {
                        problem = _secret ? "bad URL: " + SecretValueText : "bad URL " + ConfigText.Quote(value) + ": " + problem;
                    }

                    break;
                default:
                    problem = ConfigValueRules.IdentifierProblem(value, secretText, _maximum);
                    break;
            }

            ThrowIf(problem, lineNumber, qualifiedName);
            return _kind == ConfigValueKind.BaseUrl ? HttpUrlRules.WithoutTrailingSlash(value) : value;
        }

        private static void ThrowIf(string problem, int lineNumber, string qualifiedName)
        {
            if (problem != null)
            {
                throw new ConfigException(lineNumber, qualifiedName, problem);
            }
        }
    }
}
