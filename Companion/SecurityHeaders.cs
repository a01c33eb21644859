using Microsoft.AspNetCore.Http;

namespace DeviceFirmware.Companion
{
    /// <summary>
    /// The response headers of every file the host serves. The page runs only its own scripts and styles and
    /// fetches only its config; it reaches LWA by opening a popup, which no CSP directive governs in today's
    /// browsers (navigate-to never shipped), so the authorize URL is checked by the page instead (https, or
    /// http on loopback). No Referer leaves the page, so the callback URL (it carries the code) is not sent
    /// along with the callback page's own requests.
    /// </summary>
    internal static class SecurityHeaders
    {
        /// <summary>The Content-Security-Policy: same-origin scripts, styles, images and fetches only; no frames, forms or plugins.</summary>
        public const string ContentSecurityPolicy =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

        /// <summary>Adds the headers to <paramref name="response"/>.</summary>
        /// <param name="response">A response about to start.</param>
        /// <param name="noStore">True for the config: never cached, so a changed file is seen at the next load.</param>
        public static void Apply(HttpResponse response, bool noStore)
        {
            IHeaderDictionary headers = response.Headers;
            headers["Content-Security-Policy"] = ContentSecurityPolicy;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Frame-Options"] = "DENY";

            // A development host: files change while it runs, so the browser revalidates each time.
            headers["Cache-Control"] = noStore ? "no-store" : "no-cache";
        }
    }
}
