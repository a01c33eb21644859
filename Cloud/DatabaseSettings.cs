namespace DeviceFirmware.Cloud;

/// <summary>Which database, and where.</summary>
public sealed class DatabaseSettings
{
    /// <summary>"Sqlite" (default) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>An ADO.NET connection string (default: the SQLite file cloud.db in the working directory).</summary>
    public string ConnectionString { get; set; } = "Data Source=cloud.db";

    /// <summary>Whether <see cref="Provider"/> names PostgreSQL.</summary>
    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
