using DeviceFirmware.Cloud;
using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.Cloud.Hosting;
using DeviceFirmware.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeviceFirmware.CloudTests.Support;

/// <summary>
/// One test's world: the real LWA + DRS sandbox, the web application on a fresh database (SQLite or
/// PostgreSQL) on a free port, its clock, and every log line it wrote. A second instance on the same database
/// can be started (<see cref="StartSecondInstanceAsync"/>).
/// </summary>
internal sealed class CloudKit : IAsyncDisposable
{
    public const string Model = "DeviceFirmwareSim";

    private readonly List<CloudServer> _instances = new();

    private CloudKit(SandboxServer sandbox, CloudSettings settings, ManualTimeProvider time, CapturedLog log)
    {
        Sandbox = sandbox;
        Settings = settings;
        Time = time;
        Log = log;
    }

    public SandboxServer Sandbox { get; }

    public CloudSettings Settings { get; }

    public ManualTimeProvider Time { get; }

    public CapturedLog Log { get; }

    public CloudServer Cloud => _instances[0];

    public string BaseUrl => Cloud.BaseUrl;

    /// <summary>Starts the sandbox (configured by <paramref name="sandbox"/>) and one web application instance.</summary>
    public static async Task<CloudKit> StartAsync(string database, Action<SandboxOptions>? sandbox = null, Action<CloudSettings>? cloud = null)
    {
        var settings = new CloudSettings { Database = TestDatabase.Create(database) };
        cloud?.Invoke(settings);
        SandboxServer server = LocalSandbox.Start(settings, sandbox);
        var kit = new CloudKit(server, settings, new ManualTimeProvider(), new CapturedLog());
        await kit.StartSecondInstanceAsync();
        return kit;
    }

    /// <summary>Another instance of the web application on the same database and clock (what a second machine would be).</summary>
    public async Task<CloudServer> StartSecondInstanceAsync()
    {
        CloudServer instance = await CloudServer.StartAsync(Settings, Time, logging: logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(Log);
        });
        _instances.Add(instance);
        return instance;
    }

    /// <summary>Makes units with the factory (as the add-devices command does).</summary>
    public async Task<IReadOnlyList<MadeDevice>> AddDevicesAsync(bool isTestDevice, params string[] serials)
    {
        using IServiceScope scope = Cloud.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DeviceFactory>().AddAsync(Model, serials, isTestDevice, CancellationToken.None);
    }

    /// <summary>A signed-request client for <paramref name="device"/> against instance <paramref name="instance"/>.</summary>
    public SignedDevice Device(MadeDevice device, int instance = 0) => new(_instances[instance].BaseUrl, device.Serial, device.Key, Time);

    /// <summary>A browser-like user (cookies, no automatic redirects).</summary>
    public WebUser User() => new(this);

    /// <summary>Reads the database.</summary>
    public async Task<T> DbAsync<T>(Func<CloudDbContext, Task<T>> read)
    {
        using IServiceScope scope = Cloud.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<CloudDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (CloudServer instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
        if (Settings.Database.IsPostgres)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            string file = Settings.Database.ConnectionString.Split(';')[0].Substring("Data Source=".Length);
            foreach (string path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
