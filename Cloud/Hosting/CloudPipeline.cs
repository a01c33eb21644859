using DeviceFirmware.Cloud.DeviceApi;

namespace DeviceFirmware.Cloud.Hosting;

/// <summary>The request pipeline: security headers, errors, cookies, pages and the device API.</summary>
public static class CloudPipeline
{
    /// <summary>Configures <paramref name="app"/>.</summary>
    public static void Use(WebApplication app, CloudSettings settings)
    {
        app.UseExceptionHandler("/Error");
        if (settings.PublicBaseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            app.UseHsts();
        }

        // The "Sign in with Amazon" form redirects to LWA: form-action must allow its origin (browsers check redirects).
        string lwaOrigin = new Uri(settings.Lwa.AuthorizeUrl).GetLeftPart(UriPartial.Authority);
        string policy = "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self' " + lwaOrigin + "; frame-ancestors 'none'";
        app.Use(async (context, next) =>
        {
            // no-referrer: the LWA callback URL carries the authorization code.
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            context.Response.Headers["X-Frame-Options"] = "DENY";
            context.Response.Headers["Content-Security-Policy"] = policy;
            await next();
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        DeviceApiEndpoints.Map(app);
    }
}
