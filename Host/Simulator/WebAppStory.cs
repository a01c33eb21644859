using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using DeviceFirmware.App;
using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Status;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The web-application flow, end to end (--flow web-app): the factory makes the unit's key and claim code,
    /// the device is powered on and given Wi-Fi over BLE, checks in with the web application, the user registers
    /// it and signs in with Amazon on the web application's pages as a browser would, the supply runs low and the
    /// web application places exactly one order with DRS for the device; the power fails before the device stores
    /// the answer, so after the restart it asks again with the same episode and the web application repeats the
    /// first outcome without a second DRS call; the delivery refills the slot. The engine is <see cref="SimulationRun"/>; the web
    /// application and the sandbox are <see cref="SimulatedCloud"/>, on the same virtual clock.
    /// </summary>
    public sealed class WebAppStory : IDisposable
    {
        /// <summary>The e-mail the user signs up with on the web application.</summary>
        public const string UserEmail = "user@example.com";

        private static readonly Regex DeviceAnswerLine = new Regex(": (order placed|test order placed|an order is already in progress)", RegexOptions.Compiled);

        // The device's flash: the story loses the write that would store the order's answer (a power cut).
        private readonly LosableWriteFlashStore _flash = new LosableWriteFlashStore();

        // The user's password for the web application: a secret, never printed.
        private readonly string _password = "sim-user-" + Guid.NewGuid().ToString("N");
        private readonly SimulationSettings _settings;

        /// <summary>A story printing to <paramref name="output"/> (null: silent).</summary>
        public WebAppStory(SimulationSettings settings, TextWriter output)
        {
            _settings = settings ?? throw new ArgumentNullException(nameof(settings));
            _settings.Flash = _flash;
            Run = new SimulationRun(settings, output);
        }

        /// <summary>The device's world (firmware, flash, network, supply, clock).</summary>
        public SimulationRun Run { get; }

        /// <summary>The web application and its sandbox (null before <see cref="Play"/>).</summary>
        public SimulatedCloud Cloud { get; private set; }

        /// <summary>The user's browser (null before the registration).</summary>
        public CookieBrowser Browser { get; private set; }

        /// <summary>The unit the factory made (null before <see cref="Play"/>).</summary>
        public FactoryUnit Unit { get; private set; }

        /// <summary>True when the device was registered and signed in with Amazon through the pages, redirects included.</summary>
        public bool RegisteredThroughPages { get; private set; }

        /// <summary>Replenish calls DRS received (from the web application: the device never calls DRS).</summary>
        public int DrsReplenishCalls => Cloud?.Sandbox.Requests.CountOf(SandboxEndpoint.Replenish) ?? 0;

        /// <summary>The answers to the device's order requests, as its log says them (order placed, test order placed, in progress).</summary>
        public string[] DeviceAnswers => Run.Log.Lines.Select(l => DeviceAnswerLine.Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToArray();

        /// <summary>Plays the story; the report says whether every target was met.</summary>
        public SimulationReport Play()
        {
            StoryLog log = Run.Log;
            log.Plain("DeviceFirmware simulator, web-app flow: the device's portable firmware, the maker's web application and LWA + DRS, on one virtual clock");
            Cloud = SimulatedCloud.Start(Run.Clock, _settings.DeliveryDelay);
            log.Story($"web application listening on {Cloud.BaseUrl} (SQLite in a temporary folder; its clock is the simulation's)");
            _settings.Sandbox = Cloud.Sandbox;
            _settings.ConfigText = WebAppConfig.From(_settings.ConfigText ?? SimulationRun.EmbeddedConfig(), Cloud.BaseUrl);
            Run.Start();

            Unit = Cloud.AddDevice(Run.Config.DeviceModel, Run.Serial);
            log.Story($"factory: add-devices made unit {Unit.Serial} (a test device): device.key fp {TokenFingerprint.Of(File.ReadAllText(Unit.KeyPath).Trim())} "
                + $"goes to the board (flash.ps1 -DeviceKey), claim code fp {TokenFingerprint.Of(Unit.ClaimCode)} to the label");
            Run.DeviceKey = DeviceKeyLoader.Load(new FolderDeviceKeyFile(Unit.KeyPath), log);
            if (Run.DeviceKey == null)
            {
                return Stopped("the device key could not be loaded: stopping");
            }

            Run.PowerOn();
            if (!Run.RunUntil(() => Run.App.Mode == FirmwareMode.NotRegistered || Run.App.Mode == FirmwareMode.Operating, TimeSpan.FromMinutes(15)))
            {
                return Stopped("the device did not check in with the web application: stopping");
            }

            log.Story("the device checked in with the web application (signed request); it holds no LWA token and never calls LWA or DRS");
            Browser = new CookieBrowser(log);
            if (!RegisterInTheBrowser())
            {
                return Stopped("the registration on the web application did not go through: stopping");
            }

            if (!Run.RunUntil(() => Run.App.Mode == FirmwareMode.Operating, TimeSpan.FromDays(1)))
            {
                return Stopped("the device did not learn within a day that it is registered: stopping");
            }

            SupplySlotSettings slot = Run.Config.SlotAt(0);
            log.Story($"user: the {slot.Name} slot is full; the household uses about {_settings.PercentPerDay:0} % a day");
            int before = Run.OrdersPlaced;

            // The power fails after the web application placed the order and answered, before the device stored
            // the answer: on flash the episode is still "asking", so the device asks again after the restart.
            _flash.LoseNextWrite(Replenishment.EpisodeStore.NumberedStoreName, () => Run.OrdersPlaced > before);
            if (!Run.RunUntil(() => Run.OrdersPlaced > before, TimeSpan.FromDays(30)))
            {
                return Stopped("no order within 30 days: stopping");
            }

            SandboxOrder order = Cloud.Sandbox.Orders().Last();
            log.Story($"DRS: order for slot {order.SlotId} placed by the web application for the device ({order.Status.ToLowerInvariant()}); the device was answered: {DeviceAnswers.LastOrDefault() ?? "nothing"}");
            if (_flash.WriteHeld)
            {
                log.Story($"power cut before the device's write of that answer reached the flash ({_flash.LostSlot} keeps the episode as still asking)");
                _flash.PowerFails();
                Run.PowerCut();
                Run.PowerOn();
            }

            Run.RunUntil(() => false, TimeSpan.FromDays(1));
            log.Story($"a day later: {Run.OrdersPlaced - before} order(s) for this episode, {DrsReplenishCalls} replenish call(s) at DRS, "
                + $"{DeviceAnswers.Length} answer(s) to the device's order requests ({string.Join(", ", DeviceAnswers)})");

            if (!Run.RunUntil(() => Run.Supply.Slots[0].Refills > 0, TimeSpan.FromDays(10)))
            {
                return Stopped("the order was not delivered and refilled within 10 days: stopping");
            }

            ShowMyDevices(slot.SlotId);
            return Report();
        }

        /// <inheritdoc />
        public void Dispose()
        {
            Browser?.Dispose();
            Run.Dispose();
            Cloud?.Dispose();
        }

        // The user at the web application, as a browser: sign up, Register a device, Sign in with Amazon.
        private bool RegisterInTheBrowser()
        {
            string baseUrl = Cloud.BaseUrl;
            Run.Log.Story($"user: opens {baseUrl} in a browser and signs up as {UserEmail} (password not shown)");
            Browser.Open(baseUrl + "/Account/SignUp");
            Browser.Submit(null, ("Email", UserEmail), ("Password", _password));
            Run.Log.Story($"user: Register a device: serial {Unit.Serial} and the claim code from the label (fp {TokenFingerprint.Of(Unit.ClaimCode)})");
            Browser.Open(baseUrl + "/Devices/Register");
            Browser.Submit(null, ("Serial", Unit.Serial), ("ClaimCode", Unit.ClaimCode));
            if (!Browser.Page.Contains("data-serial=\"" + Unit.Serial + "\"", StringComparison.Ordinal))
            {
                Run.Log.Story("browser: My devices does not list the device");
                return false;
            }

            Run.Log.Story("user: presses Sign in with Amazon; the browser goes to LWA's authorize page (the sandbox consents at once) and back");
            HttpStatusCode status = Browser.Submit("/Devices/Amazon", ("Serial", Unit.Serial));
            bool throughLwa = Browser.Hops.Any(h => h.StartsWith("GET " + Cloud.Sandbox.AuthorizeUrl + " -> 302", StringComparison.Ordinal))
                && Browser.Hops.Any(h => h.StartsWith("GET " + baseUrl + "/signin-amazon -> 302", StringComparison.Ordinal));
            bool signedIn = status == HttpStatusCode.OK && Browser.Address.AbsolutePath == "/Devices"
                && Browser.Page.Contains("class=\"state registered\"", StringComparison.Ordinal);
            Match contact = Regex.Match(Browser.Page, "Last contact: ([^<\\r\\n]+)");
            Run.Log.Story($"browser: My devices shows {Unit.Serial} {(signedIn ? "registered and signed in with Amazon" : "NOT signed in")}; last contact {(contact.Success ? contact.Groups[1].Value.Trim() : "not shown")}");
            RegisteredThroughPages = throughLwa && signedIn;
            return RegisteredThroughPages;
        }

        private void ShowMyDevices(string slotId)
        {
            Browser.Open(Cloud.BaseUrl + "/Devices");
            Match row = Regex.Match(Browser.Page, "data-slot=\"" + Regex.Escape(slotId) + "\"><td>[^<]*</td><td>([^<]*)</td><td>([^<]*)</td>");
            Run.Log.Story(row.Success
                ? $"browser: My devices, slot {slotId}: level {WebUtility.HtmlDecode(row.Groups[1].Value)}, last order {WebUtility.HtmlDecode(row.Groups[2].Value)}"
                : $"browser: My devices shows no row for slot {slotId}");
        }

        private SimulationReport Report()
        {
            SimulationReport report = Run.Report("web-app story");
            if (Run.OrdersPlaced != 1)
            {
                report.Problems.Add($"{Run.OrdersPlaced} order(s) placed; the story expects exactly one");
            }

            if (DrsReplenishCalls != Run.OrdersPlaced)
            {
                report.Problems.Add($"{DrsReplenishCalls} replenish call(s) at DRS for {Run.OrdersPlaced} order(s): a duplicate call");
            }

            if (!_flash.WriteLost || DeviceAnswers.Length < 2)
            {
                report.Problems.Add("the power cut before the answer was stored did not happen, or the device did not ask again after it");
            }

            if (!RegisteredThroughPages)
            {
                report.Problems.Add("the device was not registered through the web application's pages");
            }

            if (!DeviceAnswers.Any(a => a == "order placed" || a == "test order placed"))
            {
                report.Problems.Add("the device was never answered that its order was placed");
            }

            return report;
        }

        private SimulationReport Stopped(string why)
        {
            Run.Log.Story(why);
            SimulationReport report = Run.Config != null ? Run.Report("web-app story") : new SimulationReport { Kind = "web-app story" };
            report.Problems.Add("the story stopped early: " + why);
            return report;
        }
    }
}
