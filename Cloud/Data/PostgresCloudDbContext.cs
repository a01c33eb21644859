using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Data;

/// <summary>The database on PostgreSQL (several app instances share it); migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresCloudDbContext : CloudDbContext
{
    /// <summary>A context with these options.</summary>
    public PostgresCloudDbContext(DbContextOptions<PostgresCloudDbContext> options)
        : base(options)
    {
    }
}
