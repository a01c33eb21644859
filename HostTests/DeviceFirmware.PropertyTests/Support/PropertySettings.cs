using System;
using System.Globalization;

namespace DeviceFirmware.PropertyTests.Support
{
    /// <summary>
    /// How long and from where the property runs go: <c>PROPERTY_SCALE</c> multiplies every surface's
    /// default case count (1 in the test command; 20 to 50 for a release check) and <c>PROPERTY_SEED</c>
    /// replaces the fixed seed (a failure message names the seed and case that reproduce it).
    /// </summary>
    public static class PropertySettings
    {
        /// <summary>Environment variable with the case-count multiplier (a whole number, at least 1).</summary>
        public const string ScaleVariable = "PROPERTY_SCALE";

        /// <summary>Environment variable with the seed (a whole number); the default is <see cref="DefaultSeed"/>.</summary>
        public const string SeedVariable = "PROPERTY_SEED";

        /// <summary>Environment variable that runs one case only (its index), to reproduce a failure quickly.</summary>
        public const string CaseVariable = "PROPERTY_CASE";

        /// <summary>The seed of the default pass: fixed, so CI runs the same cases every time.</summary>
        public const ulong DefaultSeed = 20250611;

        /// <summary>The case-count multiplier: <c>PROPERTY_SCALE</c>, or 1.</summary>
        public static int Scale
        {
            get
            {
                string text = Environment.GetEnvironmentVariable(ScaleVariable);
                if (string.IsNullOrEmpty(text))
                {
                    return 1;
                }

                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int scale) || scale < 1)
                {
                    throw new InvalidOperationException(ScaleVariable + " must be a whole number of at least 1");
                }

                return scale;
            }
        }

        /// <summary>The one case to run: <c>PROPERTY_CASE</c>, or -1 for all.</summary>
        public static int Case
        {
            get
            {
                string text = Environment.GetEnvironmentVariable(CaseVariable);
                if (string.IsNullOrEmpty(text))
                {
                    return -1;
                }

                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                {
                    throw new InvalidOperationException(CaseVariable + " must be a case index");
                }

                return index;
            }
        }

        /// <summary>The seed: <c>PROPERTY_SEED</c>, or <see cref="DefaultSeed"/>.</summary>
        public static ulong Seed
        {
            get
            {
                string text = Environment.GetEnvironmentVariable(SeedVariable);
                if (string.IsNullOrEmpty(text))
                {
                    return DefaultSeed;
                }

                if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
                {
                    throw new InvalidOperationException(SeedVariable + " must be a whole number");
                }

                return seed;
            }
        }
    }
}
