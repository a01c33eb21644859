using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DeviceFirmware.Cloud.Data;

/// <summary>For `dotnet ef migrations add X --context SqliteCloudDbContext` only: the migrations do not depend on the file.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCloudDbContext>
{
    /// <inheritdoc />
    public SqliteCloudDbContext CreateDbContext(string[] args)
    {
        return new SqliteCloudDbContext(new DbContextOptionsBuilder<SqliteCloudDbContext>().UseSqlite("Data Source=design-time.db").Options);
    }
}
