using System.Net;
using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.CloudTests.Support;
using DeviceFirmware.Sandbox;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DeviceFirmware.CloudTests.Pages;

/// <summary>The pages over real HTTP (cookies, antiforgery, redirects) against the real sandbox.</summary>
public class PageFlowTests
{
    /// <summary>The companion page links a web-app device to webAppUrl + "/register": that is Register a device.</summary>
    [Theory]
    [OnSqlite]
    public async Task SlashRegister_IsTheRegisterPage_BehindSignIn(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0002"))[0];
        using WebUser user = kit.User();

        (HttpResponseMessage anonymous, _) = await user.GetAsync("/register");
        await user.SignUpAsync();
        (HttpResponseMessage signedIn, string page) = await user.GetAsync("/register");
        (HttpResponseMessage registered, _) = await user.PostFormAsync("/register", "/register", ("Serial", made.Serial), ("ClaimCode", made.ClaimCode));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Account/SignIn?ReturnUrl=%2Fregister", anonymous.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("<h1>Register a device</h1>", page);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.NotNull((await kit.DbAsync(d => d.Devices.SingleAsync())).OwnerAccountId);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task RegisterSignInWithAmazon_ShowDevice_ThenRemove_DeregistersAndDeletesTokens(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.SignUpAsync();

        (HttpResponseMessage wrong, string wrongPage) = await user.RegisterAsync(made.Serial, "AAAA-BBBB-CCCC-DDDD");
        (HttpResponseMessage registered, _) = await user.RegisterAsync(made.Serial, made.ClaimCode.ToLowerInvariant().Replace("-", " "));
        (HttpResponseMessage back, _, string authorizeUrl) = await user.SignInWithAmazonAsync(made.Serial);
        SignedDevice device = kit.Device(made);
        await device.LevelsAsync("slot1", 8.5);
        await device.ReplenishAsync("slot1", 1);
        (_, string devicesPage) = await user.GetAsync("/Devices");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("serial or the claim code is wrong", wrongPage);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/Devices", back.Headers.Location!.OriginalString);
        var query = QueryHelpers.ParseQuery(new Uri(authorizeUrl).Query);
        Assert.Equal("dash:replenish", query["scope"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.Contains("\"serial\":\"SN-0001\"", query["scope_data"].ToString());
        Assert.Contains("\"is_test_device\":true", query["scope_data"].ToString());
        Assert.Equal(43, query["state"].ToString().Length);
        Assert.Contains("Registered with Amazon", devicesPage);
        Assert.Contains("8.5 %", devicesPage);
        Assert.Contains("test order placed", devicesPage);

        (HttpResponseMessage removed, _) = await user.PostFormAsync("/Devices/Remove?serial=SN-0001", "/Devices/Remove", ("Serial", "SN-0001"));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(kit.Sandbox.Registrations().Single().Active);
        Assert.Equal(1, kit.Sandbox.Requests.CountOf(SandboxEndpoint.Deregister));
        Assert.Equal(0, await kit.DbAsync(d => d.LwaGrants.CountAsync()));
        Assert.Null((await kit.DbAsync(d => d.Devices.SingleAsync())).OwnerAccountId);
        Assert.False((await device.StatusAsync()).Json.GetProperty("registered").GetBoolean());
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task PostWithoutAntiforgeryToken_Is400_AndChangesNothing(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.SignUpAsync();

        (HttpResponseMessage forged, _) = await user.PostRawAsync("/Devices/Register", ("Serial", made.Serial), ("ClaimCode", made.ClaimCode));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null((await kit.DbAsync(d => d.Devices.SingleAsync())).OwnerAccountId);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task DevicesWithoutSignIn_RedirectsToSignIn_AndBack(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        using WebUser stranger = kit.User();
        (HttpResponseMessage page, _) = await stranger.GetAsync("/Devices");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(kit.BaseUrl + "/Account/SignIn?ReturnUrl=%2FDevices", page.Headers.Location!.ToString());

        using WebUser user = kit.User();
        await user.SignUpAsync("a@example.com");
        using WebUser again = kit.User();
        (HttpResponseMessage wrongPassword, string wrongPage) = await again.PostFormAsync("/Account/SignIn", "/Account/SignIn", ("Email", "a@example.com"), ("Password", "not the password"));
        (HttpResponseMessage signedIn, _) = await again.PostFormAsync("/Account/SignIn", "/Account/SignIn", ("Email", "A@Example.com "), ("Password", "correct horse battery"), ("ReturnUrl", "https://evil.example/"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Contains("password is wrong", wrongPage);
        Assert.Equal("/Devices", signedIn.Headers.Location!.OriginalString);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task FiveWrongPasswords_LockTheAccountFor15Minutes_EvenAgainstTheRightOne(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        using (WebUser owner = kit.User())
        {
            await owner.SignUpAsync("a@example.com");
        }

        using WebUser guesser = kit.User();
        for (int i = 0; i < 5; i++)
        {
            (HttpResponseMessage wrong, _) = await guesser.PostFormAsync("/Account/SignIn", "/Account/SignIn", ("Email", "a@example.com"), ("Password", "guess number " + i));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        (HttpResponseMessage locked, _) = await guesser.PostFormAsync("/Account/SignIn", "/Account/SignIn", ("Email", "a@example.com"), ("Password", "correct horse battery"));
        kit.Time.Advance(TimeSpan.FromMinutes(16));
        (HttpResponseMessage later, _) = await guesser.PostFormAsync("/Account/SignIn", "/Account/SignIn", ("Email", "a@example.com"), ("Password", "correct horse battery"));

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task AccessDenied_InvalidCode_UsedState_AndLwaDown_AreExplainedInPlainWords(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.SignUpAsync();
        await user.RegisterAsync(made.Serial, made.ClaimCode);

        // Invalid code: the user comes back with a code LWA never issued.
        (HttpResponseMessage start, _) = await user.PostFormAsync("/Devices", "/Devices/Amazon", ("Serial", made.Serial));
        string state = QueryHelpers.ParseQuery(start.Headers.Location!.Query)["state"].ToString();
        (HttpResponseMessage badCode, string badCodePage) = await user.GetAsync("/signin-amazon?code=not-a-code&state=" + Uri.EscapeDataString(state));
        (HttpResponseMessage replay, string replayPage) = await user.GetAsync("/signin-amazon?code=not-a-code&state=" + Uri.EscapeDataString(state));

        // access_denied: Amazon sends the user back with error=access_denied.
        (HttpResponseMessage start2, _) = await user.PostFormAsync("/Devices", "/Devices/Amazon", ("Serial", made.Serial));
        string state2 = QueryHelpers.ParseQuery(start2.Headers.Location!.Query)["state"].ToString();
        (HttpResponseMessage denied, string deniedPage) = await user.GetAsync("/signin-amazon?error=access_denied&error_description=x&state=" + Uri.EscapeDataString(state2));

        // LWA down at the exchange.
        kit.Sandbox.Faults.Add(SandboxEndpoint.Token, Sandbox.Faults.FaultKind.ServiceUnavailable);
        (HttpResponseMessage down, string downPage, _) = await user.SignInWithAmazonAsync(made.Serial);

        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Contains("Amazon did not accept the sign-in", badCodePage);
        Assert.Contains("not valid any more", replayPage);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Contains("You did not allow access on Amazon", deniedPage);
        Assert.Contains("Sign in with Amazon again", deniedPage);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("could not be reached", downPage);
        Assert.Equal(0, await kit.DbAsync(d => d.LwaGrants.CountAsync()));
    }

    [Theory]
    [OnSqlite]
    public async Task WrongClientSecret_IsExplainedAsOurProblem_AndStoresNoTokens(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.SignUpAsync();
        await user.RegisterAsync(made.Serial, made.ClaimCode);
        string secret = kit.Settings.Lwa.ClientSecret;
        kit.Settings.Lwa.ClientSecret = "not-the-secret-of-this-client";

        (HttpResponseMessage back, string page, _) = await user.SignInWithAmazonAsync(made.Serial);

        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
        Assert.Contains("a problem on our side", page);
        Assert.Equal(0, await kit.DbAsync(d => d.LwaGrants.CountAsync()));
        Assert.Contains(kit.Log.Lines, line => line.Contains("invalid_client", StringComparison.Ordinal));
        Assert.DoesNotContain(secret, kit.Log.All);
        Assert.DoesNotContain("not-the-secret-of-this-client", kit.Log.All);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task AnotherAccount_CannotClaimOrFinishTheOwnersSignIn(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser owner = kit.User();
        await owner.SignUpAsync("owner@example.com");
        await owner.RegisterAsync(made.Serial, made.ClaimCode);
        (HttpResponseMessage start, _) = await owner.PostFormAsync("/Devices", "/Devices/Amazon", ("Serial", made.Serial));
        (HttpResponseMessage lwa, _) = await owner.GetAsync(start.Headers.Location!.OriginalString);

        using WebUser other = kit.User();
        await other.SignUpAsync("other@example.com");
        (HttpResponseMessage claim, string claimPage) = await other.RegisterAsync(made.Serial, made.ClaimCode);
        (HttpResponseMessage hijack, _) = await other.GetAsync(lwa.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.BadRequest, claim.StatusCode);
        Assert.Contains("registered to another account", claimPage);
        Assert.Equal(HttpStatusCode.BadRequest, hijack.StatusCode);
        Assert.Equal(0, await kit.DbAsync(d => d.LwaGrants.CountAsync()));
    }

    [Theory]
    [OnSqlite]
    public async Task CookiesAreHttpOnlyLax_AndSecureWhenThePublicAddressIsHttps(string db)
    {
        await using CloudKit local = await CloudKit.StartAsync(db);
        using WebUser user = local.User();
        using var raw = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        await user.SignUpAsync();
        (HttpResponseMessage signIn, _) = await user.PostFormAsync("/Account/SignIn", "/Account/SignIn", ("Email", "user@example.com"), ("Password", "correct horse battery"));
        string session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cloud.session", StringComparison.Ordinal)).ToLowerInvariant();

        await using CloudKit https = await CloudKit.StartAsync(TestDatabase.Sqlite, cloud: settings => settings.PublicBaseUrl = "https://devices.example.com");
        HttpResponseMessage page = await raw.GetAsync(local.BaseUrl + "/");
        var antiforgery = https.Cloud.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>>().Value;
        var cookieOptions = https.Cloud.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>().Get("Cookies");

        Assert.Contains("httponly", session);
        Assert.Contains("samesite=lax", session);
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always, antiforgery.Cookie.SecurePolicy);
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always, cookieOptions.Cookie.SecurePolicy);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
    }
}
