namespace DeviceFirmware.ToolchainTests.DeviceTests
{
    /// <summary>One result line of the nanoFramework test launcher.</summary>
    /// <param name="Name">Namespace.Class.Method.</param>
    /// <param name="Passed">True for "Test passed".</param>
    /// <param name="Detail">The rest of the line (duration, failure message).</param>
    public sealed record DeviceTestOutcome(string Name, bool Passed, string Detail);
}
