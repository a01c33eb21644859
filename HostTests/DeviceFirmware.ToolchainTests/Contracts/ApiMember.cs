namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>A public or protected member as a caller compiles against it.</summary>
    /// <param name="Name">The member's name (methods of one name are listed together when an overload is missing).</param>
    /// <param name="Key">What finds its counterpart in the other assembly: kind, name, generic arity and parameter types, e.g. "method Read(byte[], int, int)".</param>
    /// <param name="Declaration">Everything callers depend on, which must then be identical, e.g. "public virtual int Read(byte[] buffer, int offset, int count)".</param>
    public sealed record ApiMember(string Name, string Key, string Declaration);
}
