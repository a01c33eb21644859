namespace DeviceFirmware.CloudTests.Support;

/// <summary>The database of one test: a fresh SQLite file or a fresh PostgreSQL database.</summary>
internal static class TestDatabase
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>Settings for a new, empty database of the kind named by the theory's argument.</summary>
    public static Cloud.DatabaseSettings Create(string kind)
    {
        if (kind.StartsWith(Postgres, StringComparison.Ordinal))
        {
            return new Cloud.DatabaseSettings { Provider = "Postgres", ConnectionString = PostgresCluster.Shared.CreateDatabase() };
        }

        string folder = Path.Combine(Path.GetTempPath(), "cloudtests-sqlite");
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db");
        return new Cloud.DatabaseSettings { Provider = "Sqlite", ConnectionString = "Data Source=" + file + ";Default Timeout=60" };
    }
}
