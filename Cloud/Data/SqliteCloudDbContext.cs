using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Data;

/// <summary>The database on SQLite (the embedded default: one file, one machine); migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteCloudDbContext : CloudDbContext
{
    /// <summary>A context with these options.</summary>
    public SqliteCloudDbContext(DbContextOptions<SqliteCloudDbContext> options)
        : base(options)
    {
    }
}
