using System;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// nf.config is invalid. Thrown for the first problem found; nothing partially parsed is
    /// returned. The message names the file, the line, the key and what is wrong, e.g.
    /// <c>nf.config line 7: key pkce.verifier_length: 200 is outside 43..128</c>.
    /// A bad value is quoted only when it is short; a long one is described by its length.
    /// </summary>
    public sealed class ConfigException : Exception
    {
        /// <summary>Name of the configuration file, as error messages show it.</summary>
        public const string FileName = "nf.config";

        private readonly int _lineNumber;
        private readonly string _key;
        private readonly string _problem;

        /// <summary>Creates the exception; the message is built from the three parts.</summary>
        /// <param name="lineNumber">1-based line of the problem, or 0 when it is not tied to a line.</param>
        /// <param name="key">Key concerned, "section.key" (just "key" before any section), or null.</param>
        /// <param name="problem">What is wrong, without the file, line or key.</param>
        public ConfigException(int lineNumber, string key, string problem)
            : base(Describe(lineNumber, key, problem))
        {
            _lineNumber = lineNumber;
            _key = key;
            _problem = problem;
        }

        /// <summary>1-based line of the problem, or 0 when it concerns the whole file (size, a missing key).</summary>
        public int LineNumber
        {
            get { return _lineNumber; }
        }

        /// <summary>Key concerned as "section.key" (just "key" before any section), or null when no key is.</summary>
        public string Key
        {
            get { return _key; }
        }

        /// <summary>What is wrong, without the file, line and key prefix of <see cref="Exception.Message"/>.</summary>
        public string Problem
        {
            get { return _problem; }
        }

        private static string Describe(int lineNumber, string key, string problem)
        {
            string where = lineNumber > 0 ? FileName + " line " + lineNumber : FileName;
            return key == null ? where + ": " + problem : where + ": key " + key + ": " + problem;
        }
    }
}
