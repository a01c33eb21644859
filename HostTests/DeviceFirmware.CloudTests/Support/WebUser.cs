using System.Net;
using System.Text.RegularExpressions;

namespace DeviceFirmware.CloudTests.Support;

/// <summary>
/// A person's browser, over real HTTP: a cookie jar, form posts carrying the antiforgery token read from the
/// page, and redirects followed by hand (so each hop can be checked), including the trip through the sandbox's
/// LWA authorize endpoint and back to /signin-amazon.
/// </summary>
internal sealed partial class WebUser : IDisposable
{
    private readonly CloudKit _kit;

    public WebUser(CloudKit kit)
    {
        _kit = kit;
        Cookies = new CookieContainer();
        Http = new HttpClient(new SocketsHttpHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http { get; }

    public string Url(string path) => _kit.BaseUrl + path;

    public async Task<(HttpResponseMessage Response, string Body)> GetAsync(string pathOrUrl)
    {
        HttpResponseMessage response = await Http.GetAsync(pathOrUrl.StartsWith("http", StringComparison.Ordinal) ? pathOrUrl : Url(pathOrUrl));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form to <paramref name="path"/> with the antiforgery token of the page at <paramref name="pagePath"/>.</summary>
    public async Task<(HttpResponseMessage Response, string Body)> PostFormAsync(string pagePath, string path, params (string Name, string Value)[] fields)
    {
        (HttpResponseMessage page, string html) = await GetAsync(pagePath);
        string token = AntiforgeryToken(html) ?? throw new InvalidOperationException("no antiforgery token on " + pagePath + " (" + (int)page.StatusCode + ")");
        return await PostRawAsync(path, fields.Append(("__RequestVerificationToken", token)).ToArray());
    }

    /// <summary>Posts a form exactly as given (no token added).</summary>
    public async Task<(HttpResponseMessage Response, string Body)> PostRawAsync(string path, params (string Name, string Value)[] fields)
    {
        var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        HttpResponseMessage response = await Http.PostAsync(Url(path), content);
        return (response, await response.Content.ReadAsStringAsync());
    }

    public static string? AntiforgeryToken(string html)
    {
        Match match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public async Task SignUpAsync(string email = "user@example.com", string password = "correct horse battery")
    {
        (HttpResponseMessage response, string body) = await PostFormAsync("/Account/SignUp", "/Account/SignUp", ("Email", email), ("Password", password));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("sign-up failed: " + (int)response.StatusCode + " " + body);
        }
    }

    public Task<(HttpResponseMessage Response, string Body)> RegisterAsync(string serial, string claimCode)
    {
        return PostFormAsync("/Devices/Register", "/Devices/Register", ("Serial", serial), ("ClaimCode", claimCode));
    }

    /// <summary>Sign in with Amazon for <paramref name="serial"/>: POST, the sandbox's authorize, back to /signin-amazon.</summary>
    /// <returns>The answer of /signin-amazon (302 to /Devices when it worked) and the authorize URL used.</returns>
    public async Task<(HttpResponseMessage Response, string Body, string AuthorizeUrl)> SignInWithAmazonAsync(string serial)
    {
        (HttpResponseMessage start, _) = await PostFormAsync("/Devices", "/Devices/Amazon", ("Serial", serial));
        if (start.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Sign in with Amazon did not redirect: " + (int)start.StatusCode);
        }

        string authorize = start.Headers.Location!.OriginalString;
        (HttpResponseMessage lwa, string lwaBody) = await GetAsync(authorize);
        if (lwa.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("the sandbox's authorize did not redirect: " + (int)lwa.StatusCode + " " + lwaBody);
        }

        (HttpResponseMessage back, string body) = await GetAsync(lwa.Headers.Location!.OriginalString);
        return (back, body, authorize);
    }

    /// <summary>Sign up, register and sign in with Amazon: the device ends up registered with tokens held.</summary>
    public async Task OnboardAsync(Cloud.Factory.MadeDevice device, string email = "user@example.com")
    {
        await SignUpAsync(email);
        (HttpResponseMessage registered, string body) = await RegisterAsync(device.Serial, device.ClaimCode);
        if (registered.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("register failed: " + (int)registered.StatusCode + " " + body);
        }

        (HttpResponseMessage back, string page, _) = await SignInWithAmazonAsync(device.Serial);
        if (back.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("sign in with Amazon failed: " + (int)back.StatusCode + " " + page);
        }
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
