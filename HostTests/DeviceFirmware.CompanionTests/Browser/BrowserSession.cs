using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using DeviceFirmware.HostTesting;
using Microsoft.Playwright;

namespace DeviceFirmware.CompanionTests.Browser
{
    /// <summary>
    /// One headless Chromium (the installed one, never a download) with one page. Web Bluetooth is exposed by
    /// the experimental-features flag (Linux desktop Chrome needs it too); without it the page sees no
    /// navigator.bluetooth, as in Firefox or Safari. Records console messages and every request the page makes.
    /// </summary>
    public sealed class BrowserSession : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;
        private readonly string _shotFolder;
        private readonly List<string> _console = new List<string>();
        private readonly List<string> _requests = new List<string>();
        private int _shots;

        private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page, string shotFolder)
        {
            _playwright = playwright;
            Browser = browser;
            Context = context;
            Page = page;
            _shotFolder = shotFolder;
            context.Request += (_, request) => Record(_requests, request.Method + " " + request.Url);
            context.Page += (_, popup) => popup.Console += (_, message) => Record(_console, "popup " + message.Type + ": " + message.Text);
            page.Console += (_, message) => Record(_console, message.Type + ": " + message.Text);
            page.PageError += (_, error) => Record(_console, "pageerror: " + error);
        }

        /// <summary>The browser.</summary>
        public IBrowser Browser { get; }

        /// <summary>The browser context (one profile).</summary>
        public IBrowserContext Context { get; }

        /// <summary>The page.</summary>
        public IPage Page { get; }

        /// <summary>Console messages and uncaught errors of the page and its popups, oldest first.</summary>
        public IReadOnlyList<string> ConsoleMessages
        {
            get
            {
                lock (_console)
                {
                    return _console.ToArray();
                }
            }
        }

        /// <summary>Every request of the context ("METHOD URL"), oldest first.</summary>
        public IReadOnlyList<string> Requests
        {
            get
            {
                lock (_requests)
                {
                    return _requests.ToArray();
                }
            }
        }

        /// <summary>The folder screenshots go to.</summary>
        public string ShotFolderPath => _shotFolder;

        /// <summary>Screenshots taken so far.</summary>
        public IReadOnlyList<string> Screenshots { get; private set; } = Array.Empty<string>();

        /// <summary>Starts Chromium and opens a blank page.</summary>
        /// <param name="webBluetooth">False starts a browser without navigator.bluetooth.</param>
        /// <param name="shotFolder">Where <see cref="ShotAsync"/> saves (emptied first).</param>
        public static async Task<BrowserSession> LaunchAsync(bool webBluetooth, string shotFolder)
        {
            string executable = ChromiumLocator.Executable ?? throw new InvalidOperationException(ChromiumLocator.MissingReason);
            if (Directory.Exists(shotFolder))
            {
                Directory.Delete(shotFolder, true);
            }

            Directory.CreateDirectory(shotFolder);
            IPlaywright playwright = await Playwright.CreateAsync();
            var args = new List<string> { "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage" };
            if (webBluetooth)
            {
                args.Add("--enable-experimental-web-platform-features");
            }

            IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = args,
                Timeout = 60_000,
            });
            IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 412, Height = 860 } });
            IPage page = await context.NewPageAsync();
            page.SetDefaultTimeout(20_000);
            return new BrowserSession(playwright, browser, context, page, shotFolder);
        }

        /// <summary>Saves a full-page screenshot named by its order and <paramref name="step"/>.</summary>
        public async Task ShotAsync(string step)
        {
            _shots++;
            string path = Path.Combine(_shotFolder, $"{_shots:00}-{step}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            var all = new List<string>(Screenshots) { path };
            Screenshots = all;
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            try
            {
                await Browser.CloseAsync();
            }
            finally
            {
                _playwright.Dispose();
            }
        }

        private static void Record(List<string> list, string line)
        {
            lock (list)
            {
                list.Add(line);
            }
        }
    }
}
