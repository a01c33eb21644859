using DeviceFirmware.Cloud.Factory;

namespace DeviceFirmware.Cloud.Hosting;

/// <summary>The data services alone (no web server), migrated: what the factory command needs.</summary>
public sealed class CloudDataServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private CloudDataServices(ServiceProvider provider)
    {
        _provider = provider;
        _scope = provider.CreateAsyncScope();
    }

    /// <summary>Builds and migrates the database of <paramref name="settings"/>.</summary>
    public static CloudDataServices Create(CloudSettings settings)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => CloudServices.QuietSecretBearingLogs(logging));
        CloudServices.AddCloudData(services, settings, TimeProvider.System);
        ServiceProvider provider = services.BuildServiceProvider();
        CloudDatabase.Migrate(provider);
        return new CloudDataServices(provider);
    }

    /// <summary>The device factory.</summary>
    public DeviceFactory CreateFactory() => _scope.ServiceProvider.GetRequiredService<DeviceFactory>();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
