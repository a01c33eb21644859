using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// What the user's browser does against the web application, over real HTTP: a cookie jar, forms posted with
    /// the antiforgery token read from the page they are on, and redirects followed one hop at a time (into the
    /// LWA authorize endpoint and back to the web application's callback). Each hop is written to the story by
    /// path only: a query may carry the authorization code or the state.
    /// </summary>
    public sealed class CookieBrowser : IDisposable
    {
        private const int MaxRedirects = 10;
        private static readonly Regex AntiforgeryField = new Regex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.Compiled);

        private readonly CookieContainer _cookies = new CookieContainer();
        private readonly HttpClient _http;
        private readonly StoryLog _log;
        private readonly List<string> _hops = new List<string>();

        /// <summary>A browser with an empty cookie jar, writing its hops to <paramref name="log"/>.</summary>
        public CookieBrowser(StoryLog log)
        {
            _log = log;
            _http = new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, AllowAutoRedirect = false, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
        }

        /// <summary>Every request sent, as "GET /path -> 200" (paths only).</summary>
        public IReadOnlyList<string> Hops => _hops;

        /// <summary>The URL of the page the browser shows now.</summary>
        public Uri Address { get; private set; }

        /// <summary>The HTML of the page the browser shows now.</summary>
        public string Page { get; private set; } = string.Empty;

        /// <summary>Cookies the browser holds for <paramref name="url"/>.</summary>
        public int CookieCount(string url) => _cookies.GetCookies(new Uri(url)).Count;

        /// <summary>Opens <paramref name="url"/> and follows its redirects.</summary>
        /// <returns>The final status code.</returns>
        public HttpStatusCode Open(string url) => Follow(new HttpRequestMessage(HttpMethod.Get, url));

        /// <summary>
        /// Submits the form of the current page whose action is <paramref name="action"/> (null: the page's form that
        /// posts back to the page itself) with <paramref name="fields"/> and the page's antiforgery token, as pressing
        /// its button does; follows the redirects.
        /// </summary>
        /// <returns>The final status code.</returns>
        /// <exception cref="InvalidOperationException">The page has no such form or no antiforgery token.</exception>
        public HttpStatusCode Submit(string action, params (string Name, string Value)[] fields)
        {
            string form = action == null ? "<form method=\"post\">" : "action=\"" + action + "\"";
            if (Page.IndexOf(form, StringComparison.OrdinalIgnoreCase) < 0)
            {
                throw new InvalidOperationException("the page " + Address?.AbsolutePath + " has no form posting to " + (action ?? "itself"));
            }

            Match token = AntiforgeryField.Match(Page);
            if (!token.Success)
            {
                throw new InvalidOperationException("the page " + Address?.AbsolutePath + " has no antiforgery token");
            }

            var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
                .Append(new KeyValuePair<string, string>("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
            return Follow(new HttpRequestMessage(HttpMethod.Post, action == null ? Address : new Uri(Address, action)) { Content = new FormUrlEncodedContent(values) });
        }

        /// <inheritdoc />
        public void Dispose() => _http.Dispose();

        private HttpStatusCode Follow(HttpRequestMessage request)
        {
            for (int hop = 0; ; hop++)
            {
                using HttpResponseMessage response = _http.Send(request);
                string body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                Uri location = response.Headers.Location;
                int status = (int)response.StatusCode;
                string shown = $"{request.Method} {request.RequestUri.GetLeftPart(UriPartial.Path)} -> {status}";
                _hops.Add(shown);
                _log.Story("browser: " + shown);
                if (status < 300 || status >= 400 || location == null)
                {
                    Address = request.RequestUri;
                    Page = body;
                    return response.StatusCode;
                }

                if (hop >= MaxRedirects)
                {
                    throw new InvalidOperationException("more than " + MaxRedirects + " redirects from " + request.RequestUri.AbsolutePath);
                }

                // A 302 or 303 after a form post is fetched with GET, as browsers do.
                request = new HttpRequestMessage(HttpMethod.Get, location.IsAbsoluteUri ? location : new Uri(request.RequestUri, location));
            }
        }
    }
}
