using System.Collections.Generic;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>A public (or nested public/protected) type as callers see it.</summary>
    /// <param name="FullName">Namespace and name, generic arity as `n, nested types as Outer+Inner.</param>
    /// <param name="Facts">
    /// The type's own shape, each of which must be identical on both sides: kind and modifiers, base type,
    /// interfaces, an enum's underlying type, attributes that matter to callers.
    /// </param>
    /// <param name="Members">The visible members by <see cref="ApiMember.Key"/>.</param>
    public sealed record ApiType(string FullName, IReadOnlyDictionary<string, string> Facts, IReadOnlyDictionary<string, ApiMember> Members);
}
