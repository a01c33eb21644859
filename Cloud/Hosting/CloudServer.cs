using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace DeviceFirmware.Cloud.Hosting;

/// <summary>
/// A running web application (Kestrel, in-process) with the given settings: what `dotnet run` starts, and what
/// the tests and the scale benchmark start (several on one database for the multi-instance checks).
/// </summary>
public sealed class CloudServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CloudServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>http://127.0.0.1:PORT (no trailing slash).</summary>
    public string BaseUrl { get; }

    /// <summary>The application's services (tests read the database through them).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the app: migrates the database, then listens on <paramref name="url"/> (port 0 picks a free one).</summary>
    /// <param name="settings">Its settings (LWA and DRS endpoints filled in).</param>
    /// <param name="time">Its clock; null for the system clock.</param>
    /// <param name="url">Where to listen.</param>
    /// <param name="logging">Extra logging set-up (e.g. a capturing provider in tests); null: no log output.</param>
    public static async Task<CloudServer> StartAsync(CloudSettings settings, TimeProvider? time = null, string url = "http://127.0.0.1:0", Action<ILoggingBuilder>? logging = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(CloudServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        CloudServices.QuietSecretBearingLogs(builder.Logging);
        logging?.Invoke(builder.Logging);
        builder.WebHost.UseUrls(url);
        CloudServices.AddCloudData(builder.Services, settings, time ?? TimeProvider.System);
        CloudServices.AddCloudWeb(builder.Services, settings);
        WebApplication app = builder.Build();
        CloudDatabase.Migrate(app.Services);
        CloudPipeline.Use(app, settings);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new CloudServer(app, address.TrimEnd('/'));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
