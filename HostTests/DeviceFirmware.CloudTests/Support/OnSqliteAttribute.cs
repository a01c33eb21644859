using System.Reflection;
using Xunit.Sdk;

namespace DeviceFirmware.CloudTests.Support;

/// <summary>Runs a theory on SQLite (a file in a temporary folder).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        yield return [TestDatabase.Sqlite];
    }
}
