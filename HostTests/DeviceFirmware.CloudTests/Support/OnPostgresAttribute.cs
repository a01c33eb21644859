using System.Reflection;
using Xunit.Sdk;

namespace DeviceFirmware.CloudTests.Support;

/// <summary>
/// Runs a theory on a private PostgreSQL server. Skipped where PostgreSQL is not installed, the reason in the
/// case's name ("Postgres, skipped: ...") so that `dotnet test` prints it; under CI=true it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    /// <summary>Sets Skip when PostgreSQL is missing outside CI.</summary>
    public OnPostgresAttribute()
    {
        Skip = PostgresCluster.SkipReason();
    }

    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        yield return [Skip == null ? TestDatabase.Postgres : TestDatabase.Postgres + ", " + Skip];
    }
}
