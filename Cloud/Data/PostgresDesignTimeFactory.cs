using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DeviceFirmware.Cloud.Data;

/// <summary>For `dotnet ef migrations add X --context PostgresCloudDbContext` only: no server is contacted to add a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCloudDbContext>
{
    /// <inheritdoc />
    public PostgresCloudDbContext CreateDbContext(string[] args)
    {
        return new PostgresCloudDbContext(new DbContextOptionsBuilder<PostgresCloudDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
    }
}
