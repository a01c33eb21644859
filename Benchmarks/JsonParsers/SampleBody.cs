namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>One response body the firmware parses, with the summary a correct parser gives for it.</summary>
    public sealed class SampleBody
    {
        /// <summary>Creates a sample.</summary>
        /// <param name="name">Short name for result lines (no spaces).</param>
        /// <param name="kind">Which response it is.</param>
        /// <param name="text">The body as the server sends it.</param>
        /// <param name="expected">The <see cref="Summary"/> text of the values a correct parser extracts.</param>
        public SampleBody(string name, BodyKind kind, string text, string expected)
        {
            Name = name;
            Kind = kind;
            Text = text;
            Expected = expected;
        }

        /// <summary>Short name for result lines.</summary>
        public string Name { get; private set; }

        /// <summary>Which response it is.</summary>
        public BodyKind Kind { get; private set; }

        /// <summary>The body text.</summary>
        public string Text { get; private set; }

        /// <summary>What a correct parser extracts, as a <see cref="Summary"/> text.</summary>
        public string Expected { get; private set; }
    }
}
