using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Data;

/// <summary>
/// The web application's database: accounts, devices, tokens, slot levels, replenish episodes, nonces, login
/// attempts and the Data Protection key ring (so every instance decrypts what another encrypted). One model,
/// two providers: <see cref="SqliteCloudDbContext"/> and <see cref="PostgresCloudDbContext"/>, each with its
/// own migrations.
/// </summary>
public abstract class CloudDbContext : DbContext, IDataProtectionKeyContext
{
    /// <summary>A context with these options.</summary>
    protected CloudDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Accounts.</summary>
    public DbSet<Account> Accounts => Set<Account>();

    /// <summary>Devices.</summary>
    public DbSet<Device> Devices => Set<Device>();

    /// <summary>LWA tokens per device.</summary>
    public DbSet<LwaGrant> LwaGrants => Set<LwaGrant>();

    /// <summary>Slot levels.</summary>
    public DbSet<SlotLevel> SlotLevels => Set<SlotLevel>();

    /// <summary>Replenish episodes.</summary>
    public DbSet<ReplenishEpisode> ReplenishEpisodes => Set<ReplenishEpisode>();

    /// <summary>Nonces seen.</summary>
    public DbSet<DeviceNonce> DeviceNonces => Set<DeviceNonce>();

    /// <summary>Sign-ins in flight.</summary>
    public DbSet<LoginAttempt> LoginAttempts => Set<LoginAttempt>();

    /// <summary>The Data Protection key ring.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Account>(account =>
        {
            account.HasIndex(a => a.Email).IsUnique();
            account.Property(a => a.Email).HasMaxLength(254);
        });

        model.Entity<Device>(device =>
        {
            device.HasIndex(d => d.Serial).IsUnique();
            device.HasIndex(d => d.OwnerAccountId);
            device.Property(d => d.Serial).HasMaxLength(64);
            device.Property(d => d.Model).HasMaxLength(64);
            device.Property(d => d.FirmwareVersion).HasMaxLength(32);
        });

        model.Entity<LwaGrant>(grant =>
        {
            grant.HasKey(g => g.DeviceId);
            grant.Property(g => g.DeviceId).ValueGeneratedNever();
        });

        model.Entity<SlotLevel>(level =>
        {
            level.HasKey(l => new { l.DeviceId, l.SlotId });
            level.Property(l => l.SlotId).HasMaxLength(64);
        });

        model.Entity<ReplenishEpisode>(episode =>
        {
            episode.HasIndex(e => new { e.DeviceId, e.SlotId, e.Episode }).IsUnique();
            episode.Property(e => e.SlotId).HasMaxLength(64);
            episode.Property(e => e.FinalOutcome).HasMaxLength(16);
        });

        model.Entity<DeviceNonce>(nonce =>
        {
            nonce.HasKey(n => new { n.DeviceId, n.Nonce });
            nonce.HasIndex(n => new { n.DeviceId, n.SeenAtMs });
            nonce.Property(n => n.Nonce).HasMaxLength(64);
        });

        model.Entity<LoginAttempt>(attempt =>
        {
            attempt.HasKey(a => a.State);
            attempt.Property(a => a.State).HasMaxLength(64);
        });
    }
}
