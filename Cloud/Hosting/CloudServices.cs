using DeviceFirmware.Cloud.Accounts;
using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.DeviceApi;
using DeviceFirmware.Cloud.Devices;
using DeviceFirmware.Cloud.Drs;
using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.Cloud.Lwa;
using DeviceFirmware.Cloud.Replenishment;
using DeviceFirmware.Cloud.Tokens;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Hosting;

/// <summary>The web application's services: data (also used by the factory command) and web.</summary>
public static class CloudServices
{
    /// <summary>Database, Data Protection with keys in the database, the secret protector, the clock.</summary>
    public static void AddCloudData(IServiceCollection services, CloudSettings settings, TimeProvider time)
    {
        services.AddSingleton(settings);
        services.AddSingleton(settings.Lwa);
        services.AddSingleton(time);
        if (settings.Database.IsPostgres)
        {
            services.AddDbContext<PostgresCloudDbContext>(o => o.UseNpgsql(settings.Database.ConnectionString));
            services.AddScoped<CloudDbContext>(sp => sp.GetRequiredService<PostgresCloudDbContext>());
            services.AddDataProtection().SetApplicationName("DeviceFirmware.Cloud").PersistKeysToDbContext<PostgresCloudDbContext>();
        }
        else
        {
            services.AddDbContext<SqliteCloudDbContext>(o => o.UseSqlite(settings.Database.ConnectionString));
            services.AddScoped<CloudDbContext>(sp => sp.GetRequiredService<SqliteCloudDbContext>());
            services.AddDataProtection().SetApplicationName("DeviceFirmware.Cloud").PersistKeysToDbContext<SqliteCloudDbContext>();
        }

        services.AddSingleton<SecretProtector>();
        services.AddScoped<DeviceFactory>();
    }

    /// <summary>Pages, cookies, antiforgery, LWA and DRS clients, the device API's services.</summary>
    public static void AddCloudWeb(IServiceCollection services, CloudSettings settings)
    {
        // Secure cookies whenever users reach the app over https; plain http is for loopback trials only.
        CookieSecurePolicy secure = settings.PublicBaseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "cloud.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax; // the LWA redirect back is a top-level GET from Amazon
            cookie.Cookie.SecurePolicy = secure;
            cookie.LoginPath = "/Account/SignIn";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
        });
        services.AddAuthorization();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "cloud.antiforgery";
            antiforgery.Cookie.SecurePolicy = secure;
        });
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Devices");

            // The companion page links a device in the web-app flow to webAppUrl + "/register" (Companion/README.md).
            pages.Conventions.AddPageRoute("/Devices/Register", "register");
        });

        services.AddHttpClient(LwaTokenClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(Math.Clamp(settings.AmazonTimeoutSeconds, 1, 20)));
        services.AddSingleton<LwaTokenClient>();
        services.AddSingleton(sp => new DrsClient(sp.GetRequiredService<IHttpClientFactory>(), settings.DrsBaseUrl));
        services.AddScoped<AccountService>();
        services.AddScoped<GrantStore>();
        services.AddScoped<AccessTokenSource>();
        services.AddScoped<ReplenishService>();
        services.AddScoped<NonceLedger>();
        services.AddScoped<DeviceRateLimiter>();
        services.AddScoped<DeviceAuthenticator>();
        services.AddScoped<SlotLevelRecorder>();
        services.AddScoped<DrsStatusForwarder>();
        services.AddScoped<DeviceRegistry>();
        services.AddScoped<AmazonSignIn>();
        services.AddScoped<DeviceRemoval>();
    }

    /// <summary>Keeps secrets out of the log: no request lines (the LWA callback's query carries the code), no SQL, no HTTP client lines.</summary>
    public static void QuietSecretBearingLogs(ILoggingBuilder logging)
    {
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore.Mvc", LogLevel.Warning);
        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Warning);
    }
}
