using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.CloudTests.Support;
using Microsoft.Playwright;
using Xunit;

namespace DeviceFirmware.CloudTests.Browser;

/// <summary>The pages in real headless Chromium: a person creates an account, registers a device, signs in with Amazon (the sandbox), sees it order, removes it.</summary>
public class BrowserStoryTests
{
    // Wait for the navigation to commit, not for "load": the next step waits for the element it reads, and on a
    // loaded machine (three test assemblies beside the browser on two cores) "load" came late once.
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    [ChromiumTheory]
    [OnSqlite]
    [OnPostgres]
    public async Task APerson_RegistersSignsInWithAmazon_SeesTheOrder_AndRemovesTheDevice(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        await using HeadlessChromium chromium = await HeadlessChromium.LaunchAsync();
        IPage page = await chromium.Browser.NewPageAsync();
        page.SetDefaultTimeout(60_000);

        await page.GotoAsync(kit.BaseUrl + "/");
        await page.ClickAsync("text=Create an account");
        await page.FillAsync("input[name=Email]", "person@example.com");
        await page.FillAsync("input[name=Password]", "correct horse battery");
        await page.ClickAsync("#create-account");
        await page.WaitForURLAsync(kit.BaseUrl + "/Devices", Committed);
        Assert.Contains("No device yet", await page.InnerTextAsync("#no-devices"));

        await page.ClickAsync("nav >> text=Register a device");
        await page.FillAsync("input[name=Serial]", made.Serial);
        await page.FillAsync("input[name=ClaimCode]", made.ClaimCode);
        await page.ClickAsync("#register");
        await page.WaitForURLAsync(kit.BaseUrl + "/Devices", Committed);
        Assert.Contains("Now sign in with Amazon", await page.InnerTextAsync("#notice"));
        Assert.Contains("Not signed in with Amazon yet", await page.InnerTextAsync(".device"));

        // Through the sandbox's LWA authorize and back to /signin-amazon, as a browser follows redirects.
        await page.ClickAsync(".sign-in-with-amazon");
        await page.Locator(".device .state.registered").WaitForAsync();
        Assert.Contains("Registered with Amazon", await page.InnerTextAsync(".device"));

        SignedDevice device = kit.Device(made);
        await device.LevelsAsync("slot1", 9);
        Assert.Equal("test_order", (await device.ReplenishAsync("slot1", 1)).Outcome);
        await page.ReloadAsync();
        Assert.Contains("test order placed", await page.InnerTextAsync("tr.slot"));
        Assert.Contains("9 %", await page.InnerTextAsync("tr.slot"));

        await page.ClickAsync("a.remove");
        await page.ClickAsync("#confirm-remove");
        await page.WaitForURLAsync(kit.BaseUrl + "/Devices", Committed);
        Assert.Contains("was removed", await page.InnerTextAsync("#notice"));
        Assert.False(kit.Sandbox.Registrations().Single().Active);
    }

    [ChromiumTheory]
    [OnSqlite]
    public async Task DecliningOnAmazon_IsExplained_AndChangesNothing(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db, sandbox: o => o.DenyConsent = true);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using (WebUser setup = kit.User())
        {
            await setup.SignUpAsync("person@example.com");
            await setup.RegisterAsync(made.Serial, made.ClaimCode);
        }

        await using HeadlessChromium chromium = await HeadlessChromium.LaunchAsync();
        IPage page = await chromium.Browser.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(kit.BaseUrl + "/Account/SignIn");
        await page.FillAsync("input[name=Email]", "person@example.com");
        await page.FillAsync("input[name=Password]", "correct horse battery");
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(kit.BaseUrl + "/Devices", Committed);
        await page.ClickAsync(".sign-in-with-amazon");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/signin-amazon"), Committed);

        Assert.Contains("You did not allow access on Amazon", await page.InnerTextAsync("#problem"));
        await page.ClickAsync("text=Back to My devices");
        Assert.Contains("Not signed in with Amazon yet", await page.InnerTextAsync(".device"));
    }
}
