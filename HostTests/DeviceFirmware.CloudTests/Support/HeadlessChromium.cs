using DeviceFirmware.HostTesting;
using Microsoft.Playwright;

namespace DeviceFirmware.CloudTests.Support;

/// <summary>Debian's Chromium driven by Playwright (never a downloaded browser): headless, no sandbox as root.</summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        string path = ChromiumLocator.Executable ?? throw new InvalidOperationException("Chromium is needed (CI=true) but none was found: " + ChromiumLocator.MissingReason);
        IPlaywright playwright = await Playwright.CreateAsync();
        var args = new List<string> { "--headless=new" };
        if (Environment.UserName == "root")
        {
            args.Add("--no-sandbox");
        }

        IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = args, Timeout = 60_000 });
        return new HeadlessChromium(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
