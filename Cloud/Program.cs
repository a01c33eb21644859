using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.Cloud.Hosting;
using DeviceFirmware.Sandbox;

namespace DeviceFirmware.Cloud;

/// <summary>
/// `dotnet run --project Cloud`: the web application (on SQLite against an in-process LWA + DRS sandbox unless
/// configured otherwise; README). `dotnet run --project Cloud -- add-devices ...`: the factory command.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args.Length > 0 && args[0] == "add-devices" ? args[1..] : args,
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        var settings = new CloudSettings();
        builder.Configuration.GetSection("Cloud").Bind(settings);

        if (args.Length > 0 && args[0] == "add-devices")
        {
            return await AddDevicesCommand.RunAsync(args[1..], settings, Console.Out, Console.Error);
        }

        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.Write(
                "usage: dotnet run --project Cloud [-- --urls http://127.0.0.1:5080] [--Cloud:Database:Provider=Postgres ...]\n"
                + "       dotnet run --project Cloud -- add-devices --help\n"
                + "Without Cloud:Lwa:ClientId the LWA + DRS sandbox runs in-process (README, \"The web application\").\n");
            return 0;
        }

        SandboxServer? sandbox = null;
        string? statePath = null;
        if (string.IsNullOrEmpty(settings.Lwa.ClientId))
        {
            // The sandbox's registrations and tokens survive a restart beside the database, as Amazon's would.
            statePath = Path.GetFullPath("cloud-sandbox.json");
            sandbox = LocalSandbox.Start(settings, options => options.StatePath = statePath);
            Console.WriteLine("cloud: no Amazon client configured: LWA + DRS sandbox at " + sandbox.BaseUrl);
        }

        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        CloudServices.QuietSecretBearingLogs(builder.Logging);
        CloudServices.AddCloudData(builder.Services, settings, TimeProvider.System);
        CloudServices.AddCloudWeb(builder.Services, settings);
        WebApplication app = builder.Build();
        CloudDatabase.Migrate(app.Services);
        CloudPipeline.Use(app, settings);
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine("cloud: web application at " + string.Join(", ", app.Urls) + " (database: " + settings.Database.Provider + ")"));
        try
        {
            await app.RunAsync();
        }
        finally
        {
            if (sandbox != null)
            {
                sandbox.SaveState(statePath!);
                await sandbox.DisposeAsync();
            }
        }

        return 0;
    }
}
