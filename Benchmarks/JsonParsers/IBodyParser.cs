namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>One way of reading the firmware's response bodies, measured by the benchmark.</summary>
    public interface IBodyParser
    {
        /// <summary>Short name for result lines (no spaces).</summary>
        string Name { get; }

        /// <summary>Parses <paramref name="body"/> into what the firmware would go on with (the measured step).</summary>
        /// <param name="kind">Which response the body is.</param>
        /// <param name="body">The body text.</param>
        /// <returns>The parse result.</returns>
        object Parse(BodyKind kind, string body);

        /// <summary>The values the firmware needs from <paramref name="result"/>, as a <see cref="Summary"/> text (not measured).</summary>
        /// <param name="kind">Which response the body was.</param>
        /// <param name="result">What <see cref="Parse"/> returned.</param>
        /// <returns>The summary.</returns>
        string Describe(BodyKind kind, object result);
    }
}
