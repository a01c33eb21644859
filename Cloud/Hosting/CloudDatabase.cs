using DeviceFirmware.Cloud.Data;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Hosting;

/// <summary>Brings the database to the latest migration (creating the SQLite file on first run).</summary>
public static class CloudDatabase
{
    /// <summary>Applies pending migrations with Database.Migrate().</summary>
    public static void Migrate(IServiceProvider services)
    {
        using IServiceScope scope = services.CreateScope();
        CloudDbContext db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL: readers do not block the writer; several requests of one instance share the file.
            db.Database.OpenConnection();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            db.Database.CloseConnection();
        }

        db.Database.Migrate();
    }
}
