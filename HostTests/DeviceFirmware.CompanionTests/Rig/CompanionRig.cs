using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using DeviceFirmware.Companion;
using DeviceFirmware.CompanionTests.Bluetooth;
using DeviceFirmware.CompanionTests.Browser;
using DeviceFirmware.Sandbox;
using Microsoft.Playwright;

namespace DeviceFirmware.CompanionTests.Rig
{
    /// <summary>
    /// One scenario's world: the companion page served by the Companion host, the device (firmware + sandbox)
    /// and a fresh headless Chromium whose Bluetooth adapter is the device. The page's config points at the
    /// device's sandbox and returns to the page's own callback.
    /// </summary>
    public sealed class CompanionRig : IAsyncDisposable
    {
        private CompanionRig(CompanionServer companion, DeviceUnderTest device, BrowserSession browser, EmulatedPeripheral ble)
        {
            Companion = companion;
            Device = device;
            Browser = browser;
            Ble = ble;
        }

        /// <summary>The page's host.</summary>
        public CompanionServer Companion { get; }

        /// <summary>The device and its sandbox.</summary>
        public DeviceUnderTest Device { get; }

        /// <summary>The browser.</summary>
        public BrowserSession Browser { get; }

        /// <summary>The page.</summary>
        public IPage Page => Browser.Page;

        /// <summary>The emulated Bluetooth peripheral (null in a browser without Web Bluetooth).</summary>
        public EmulatedPeripheral Ble { get; }

        /// <summary>The sandbox the device exchanges its code at.</summary>
        public SandboxServer Sandbox => Device.Run.Sandbox;

        /// <summary>Where the screenshots of <paramref name="scenario"/> go.</summary>
        public static string ShotFolder(string scenario) => Path.Combine(AppContext.BaseDirectory, "screenshots", scenario);

        /// <summary>Starts everything and opens the page.</summary>
        /// <param name="scenario">Names the screenshot folder.</param>
        /// <param name="webBluetooth">False: a browser without navigator.bluetooth.</param>
        /// <param name="sandbox">More sandbox options.</param>
        /// <param name="passkey">The device's passkey (passkey pairing), or null.</param>
        /// <param name="openPage">False leaves the browser on a blank page.</param>
        public static async Task<CompanionRig> StartAsync(string scenario, bool webBluetooth = true, Action<SandboxOptions> sandbox = null, string passkey = null, bool openPage = true)
        {
            int sandboxPort = FreePort();
            CompanionServer companion = CompanionServer.Start(new CompanionServerOptions
            {
                Port = 0,
                StartSandbox = false,
                AuthorizeUrl = $"http://127.0.0.1:{sandboxPort}/ap/oa",
                ClientId = SandboxOptions.DefaultClientId,
                TestDevice = true,
                ReturnUrlFromOrigin = true,
            });
            DeviceUnderTest device = null;
            try
            {
                device = new DeviceUnderTest(companion.Url + "/callback.html", sandboxPort, sandbox, passkey);
            }
            catch
            {
                await companion.DisposeAsync();
                throw;
            }

            return await OpenAsync(scenario, companion, device, webBluetooth, passkey, openPage);
        }

        /// <summary>
        /// Starts everything for a device in the web-app flow (the simulator's web application and sandbox with
        /// it) and opens the page, whose config names the web application (webAppUrl).
        /// </summary>
        /// <param name="scenario">Names the screenshot folder.</param>
        public static async Task<CompanionRig> StartWebAppAsync(string scenario)
        {
            DeviceUnderTest device = DeviceUnderTest.InWebAppFlow();
            CompanionServer companion;
            try
            {
                companion = CompanionServer.Start(new CompanionServerOptions
                {
                    Port = 0,
                    StartSandbox = false,
                    AuthorizeUrl = device.Cloud.Sandbox.AuthorizeUrl,
                    ClientId = SandboxOptions.DefaultClientId,
                    TestDevice = true,
                    ReturnUrlFromOrigin = true,
                    WebAppUrl = device.Cloud.BaseUrl,
                });
            }
            catch
            {
                device.Dispose();
                throw;
            }

            return await OpenAsync(scenario, companion, device, true, null, true);
        }

        private static async Task<CompanionRig> OpenAsync(string scenario, CompanionServer companion, DeviceUnderTest device, bool webBluetooth, string passkey, bool openPage)
        {
            BrowserSession browser = null;
            EmulatedPeripheral ble = null;
            try
            {
                device.Start();
                browser = await BrowserSession.LaunchAsync(webBluetooth, ShotFolder(scenario));
                ble = webBluetooth ? await EmulatedPeripheral.AttachAsync(browser, device) : null;
                if (ble != null)
                {
                    ble.DevicePasskey = passkey;
                }

                var rig = new CompanionRig(companion, device, browser, ble);
                if (openPage)
                {
                    await browser.Page.GotoAsync(companion.Url + "/");
                }

                return rig;
            }
            catch
            {
                // Nothing of a failed start outlives it: no browser process, no sandbox, no listener.
                if (ble != null)
                {
                    await ble.DisposeAsync();
                }

                if (browser != null)
                {
                    await browser.DisposeAsync();
                }

                device.Dispose();
                await companion.DisposeAsync();
                throw;
            }
        }

        /// <summary>Waits until the page shows <paramref name="step"/> (body[data-step]) and saves a screenshot named <paramref name="shot"/>.</summary>
        public async Task AtStepAsync(string step, string shot = null, float timeoutMs = 20_000)
        {
            await Page.WaitForSelectorAsync($"body[data-step='{step}']", new PageWaitForSelectorOptions { Timeout = timeoutMs, State = WaitForSelectorState.Attached });
            if (shot != null)
            {
                await Browser.ShotAsync(shot);
            }
        }

        /// <summary>Finds and connects the device (the chooser is answered by the emulation).</summary>
        public async Task FindAsync()
        {
            await Page.ClickAsync("#find-button");
            await AtStepAsync("signin");
            await UntilAsync("document.querySelector('#device-serial') && document.querySelector('#device-serial').textContent.trim().length > 0");
            await Browser.ShotAsync("device-found");
        }

        /// <summary>Clicks "Sign in with Amazon" and waits for the LWA popup to finish (it closes itself).</summary>
        /// <returns>The popup.</returns>
        public async Task<IPage> SignInAsync()
        {
            IPage popup = await Page.RunAndWaitForPopupAsync(() => Page.ClickAsync("#signin-button"));
            var closed = new TaskCompletionSource();
            popup.Close += (_, _) => closed.TrySetResult();
            if (popup.IsClosed)
            {
                closed.TrySetResult();
            }

            await closed.Task.WaitAsync(TimeSpan.FromSeconds(20));
            return popup;
        }

        /// <summary>Types the Wi-Fi values and sends them.</summary>
        public async Task SendWifiAsync(string ssid, string password)
        {
            await AtStepAsync("wifi");
            await Page.FillAsync("#wifi-ssid", ssid);
            await Page.FillAsync("#wifi-password", password);
            await Browser.ShotAsync("wifi");
            await Page.ClickAsync("#send-button");
        }

        /// <summary>
        /// Waits until the JavaScript expression <paramref name="predicate"/> is true in the page. Polled from
        /// here: Playwright's own WaitForFunction evaluates a string inside the page, which the page's
        /// Content-Security-Policy (no 'unsafe-eval') forbids.
        /// </summary>
        public async Task UntilAsync(string predicate, int timeoutMs = 20_000)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!await Page.EvaluateAsync<bool>("() => !!(" + predicate + ")"))
            {
                if (clock.ElapsedMilliseconds > timeoutMs)
                {
                    throw new TimeoutException($"not true after {timeoutMs} ms: {predicate}");
                }

                await Task.Delay(100);
            }
        }

        /// <summary>The visible text of <paramref name="selector"/>, trimmed.</summary>
        public async Task<string> TextAsync(string selector) => ((await Page.TextContentAsync(selector)) ?? string.Empty).Trim();

        /// <summary>True when <paramref name="selector"/> is visible.</summary>
        public Task<bool> VisibleAsync(string selector) => Page.IsVisibleAsync(selector);

        /// <summary>The authorization codes the page's callback received (from the browser's request log).</summary>
        public string[] CodesSeen() => Browser.Requests
            .Where(r => r.Contains("/callback.html?", StringComparison.Ordinal))
            .Select(r => System.Web.HttpUtility.ParseQueryString(new Uri(r.Substring(r.IndexOf(' ') + 1)).Query)["code"])
            .Where(c => c != null)
            .ToArray();

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            await WriteTranscriptAsync();
            if (Ble != null)
            {
                await Ble.DisposeAsync();
            }

            await Browser.DisposeAsync();
            Device.Dispose();
            await Companion.DisposeAsync();
        }

        /// <summary>
        /// Leaves what happened next to the screenshots (transcript.txt): the page's step, status and error
        /// texts, its console, and every GATT operation, so a failed scenario can be read afterwards.
        /// </summary>
        private async Task WriteTranscriptAsync()
        {
            var text = new System.Text.StringBuilder();
            try
            {
                text.AppendLine("step: " + await Page.EvaluateAsync<string>("document.body.dataset.step || ''"));
                text.AppendLine("status: " + await Page.EvaluateAsync<string>("document.querySelector('#status')?.textContent ?? ''"));
                text.AppendLine("error: " + await Page.EvaluateAsync<string>("document.querySelector('#error')?.textContent ?? ''"));
            }
            catch (PlaywrightException e)
            {
                text.AppendLine("page unreadable: " + e.Message);
            }

            text.AppendLine("console:");
            foreach (string line in Browser.ConsoleMessages)
            {
                text.AppendLine("  " + line);
            }

            if (Ble != null)
            {
                text.AppendLine("gatt:");
                foreach (string line in Ble.Traffic.Log)
                {
                    text.AppendLine("  " + line);
                }

                foreach (string line in Ble.Faults)
                {
                    text.AppendLine("  FAULT " + line);
                }
            }

            await File.WriteAllTextAsync(Path.Combine(Browser.ShotFolderPath, "transcript.txt"), text.ToString());
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
