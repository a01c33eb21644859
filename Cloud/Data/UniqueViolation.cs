using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeviceFirmware.Cloud.Data;

/// <summary>Tells a unique-key violation (another request or instance inserted the same key first) on either provider.</summary>
public static class UniqueViolation
{
    /// <summary>Whether <paramref name="error"/> is a unique or primary-key violation.</summary>
    public static bool Is(DbUpdateException error)
    {
        return error.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
    }
}
