using System.Net;
using System.Text.RegularExpressions;

namespace DeviceFirmware.CloudScale;

/// <summary>What a person does in the browser, over HTTP: create an account, register devices, sign in with Amazon for each.</summary>
internal sealed partial class Onboarding : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _baseUrl;

    public Onboarding(string baseUrl)
    {
        _baseUrl = baseUrl;
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseProxy = false });
    }

    public async Task SignUpAsync(string email)
    {
        await PostAsync("/Account/SignUp", "/Account/SignUp", ("Email", email), ("Password", "benchmark password 1"));
    }

    public async Task RegisterAndSignInAsync(string serial, string claimCode)
    {
        await PostAsync("/Devices/Register", "/Devices/Register", ("Serial", serial), ("ClaimCode", claimCode));
        HttpResponseMessage start = await PostAsync("/Devices", "/Devices/Amazon", ("Serial", serial));
        HttpResponseMessage lwa = await _http.GetAsync(start.Headers.Location);
        HttpResponseMessage back = await _http.GetAsync(lwa.Headers.Location);
        if (back.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("sign in with Amazon failed for " + serial + ": " + (int)back.StatusCode);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> PostAsync(string page, string path, params (string Name, string Value)[] fields)
    {
        string html = await _http.GetStringAsync(_baseUrl + page);
        string token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        var form = new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", token)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        HttpResponseMessage response = await _http.PostAsync(_baseUrl + path, form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException(path + " answered " + (int)response.StatusCode);
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
