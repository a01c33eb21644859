namespace DeviceFirmware.Config
{
    /// <summary>
    /// Checks of the value kinds other than URLs. Each returns null when the value is fine,
    /// otherwise the problem as an error message states it (the value quoted only when short).
    /// </summary>
    internal static class ConfigValueRules
    {
        /// <summary>Characters of an identifier, as messages list them.</summary>
        internal const string IdentifierCharacters = "A-Z a-z 0-9 - + _";

        /// <summary>Checks 1..maxLength characters of A-Z a-z 0-9 - + _.</summary>
        internal static string IdentifierProblem(string value, string secretText, int maxLength)
        {
            if (value.Length > maxLength)
            {
                return "value is " + value.Length + " characters long: at most " + maxLength + " allowed";
            }

            for (int i = 0; i < value.Length; i++)
            {
                if (!IsIdentifierCharacter(value[i]))
                {
                    return (secretText ?? ConfigText.Quote(value)) + " has a character outside " + IdentifierCharacters + " at position " + (i + 1);
                }
            }

            return null;
        }

        /// <summary>True for A-Z a-z 0-9 - + _.</summary>
        internal static bool IsIdentifierCharacter(char c)
        {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || ConfigText.IsDigit(c)
                || c == '-' || c == '+' || c == '_';
        }

        /// <summary>Checks decimal digits only (no sign, no blanks) within minimum..maximum.</summary>
        internal static string IntegerProblem(string value, string secretText, int minimum, int maximum, out int result)
        {
            result = 0;
            bool tooLarge = false;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (!ConfigText.IsDigit(c))
                {
                    return (secretText ?? ConfigText.Quote(value)) + " is not a whole number (decimal digits only)";
                }

                if (result > (int.MaxValue - 9) / 10)
                {
                    tooLarge = true;
                }
                else
                {
                    result = (result * 10) + (c - '0');
                }
            }

            if (tooLarge || result < minimum || result > maximum)
            {
                string number = secretText ?? (value.Length <= ConfigText.MaxQuotedLength ? value : "a " + value.Length + "-digit number");
                result = 0;
                return number + " is outside " + minimum + ".." + maximum;
            }

            return null;
        }

        /// <summary>Checks that the value is one of the choices, exact case.</summary>
        internal static string ChoiceProblem(string value, string secretText, string[] choices)
        {
            string listed = string.Empty;
            for (int i = 0; i < choices.Length; i++)
            {
                if (value == choices[i])
                {
                    return null;
                }

                listed = i == 0 ? choices[i] : listed + " | " + choices[i];
            }

            return (secretText ?? ConfigText.Quote(value)) + " is not one of " + listed + " (exact case)";
        }
    }
}
