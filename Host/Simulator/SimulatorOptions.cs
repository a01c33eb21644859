using System;
using System.IO;
using DeviceFirmware.Config;

namespace DeviceFirmware.Simulator
{
    /// <summary>What the command line asks for: a run (story or soak) with its settings, the help text, or a check of an nf.config.</summary>
    public sealed class SimulatorCommand
    {
        /// <summary>The run's settings (null for --help and --check-config).</summary>
        public SimulationSettings Settings { get; init; }

        /// <summary>Soak length in days; null: the story.</summary>
        public int? Days { get; init; }

        /// <summary>True for --help.</summary>
        public bool Help { get; init; }

        /// <summary>The nf.config to check only (--check-config), or null.</summary>
        public string CheckConfigPath { get; init; }

        /// <summary>True for --flow web-app: the web-application story (<see cref="WebAppStory"/>).</summary>
        public bool WebAppFlow { get; init; }
    }

    /// <summary>
    /// The command line. Every argument is checked here, before anything starts (no sandbox, no flash
    /// written): a bad one is a <see cref="FormatException"/> whose one-line message names the option.
    /// Hand-parsed on purpose: System.CommandLine would replace ~100 lines with as many lines of option
    /// declarations, print its own help layout and several lines per error, and add a package to the host build.
    /// </summary>
    public static class SimulatorOptions
    {
        /// <summary>The --help text (every option is listed; a test checks it against the parser).</summary>
        public const string Usage = @"usage: dotnet run --project Host/Simulator [-- options]
       dotnet run --project Host/Simulator -- --check-config PATH

With no options: the whole story on the embedded nf.config against an in-process LWA + DRS sandbox
on a free 127.0.0.1 port: boot, BLE provisioning with a companion app, code exchange, supply
running low, one order and a check of its status, delivery and refill, reboot, token refresh, a
second order that the maker cancels, summary. Virtual clock. Exit 0: targets met; 1: not; 2: bad option.

  --flow FLOW              companion (default) or web-app: the web-application story instead. The maker's
                           web application (Cloud/, SQLite in a temporary folder) and its LWA + DRS sandbox
                           in-process; the factory's add-devices makes the unit's key and claim code; BLE
                           provisioning with Wi-Fi only; the device checks in; the user registers it and signs
                           in with Amazon on the web application's pages over HTTP (cookies, forms,
                           redirects); one order when the supply runs low; a power cut; delivery. It takes
                           --config (switched to device.flow = web-app), --seed, --raw-log and --quiet only
  --days N                 soak: N simulated days (deliveries, refills, weekly power cycle), then the figures;
                           it ends with a factory reset (deregistration) unless --flash-dir keeps the device
  --fault E:KIND[:COUNT]   arm a sandbox fault (repeatable). E: token, replenish, slotstatus, devicestatus,
                           subscriptioninfo, deregister, orderinfo, canceltestorders, anydrs, any, authorize;
                           KIND: ServerError, ServiceUnavailable, TooManyRequests, Forbidden, Timeout, Slow,
                           InvalidGrant, RevokeAllTokens, RotateRefreshToken; COUNT: n or always (default 1).
                           wifi:WrongPassword[:COUNT] makes the simulated access point refuse joins.
  --flash-dir DIR          keep the device's flash, the simulated Wi-Fi driver's network, the sandbox's
                           state (sandbox-state.json, tokens as SHA-256 only), its port and the virtual
                           clock in DIR: a second run resumes provisioned and refreshes its token
  --seed N                 seed of the device's random source and of the supply curve (default 1)
  --config PATH            another nf.config (model, serial, slots; URLs replaced by the sandbox's)
  --check-config PATH      only check PATH with the firmware's own parser: prints 'nf.config: OK' and what
                           it configures, or the error with the file's line number (exit 0 or 1)
  --lwa-url URL            external LWA token endpoint (no sandbox); with --drs-url for DRS
  --drs-url URL            external DRS base URL (no sandbox)
  --external               use the URLs of --config as they are (no sandbox)
  --authorize-url URL      where the app logs the user in: any OAuth 2.0 authorization endpoint that
                           answers at once with a redirect carrying ?code=...&state=... (no login page),
                           and whose token URL takes PKCE without a client secret
                           (default: the token URL's origin + /ap/oa)
  --client-id ID           the app's OAuth client ID at that server (default: the sandbox's)
  --redirect-uri URI       the redirect URI registered for that client (default: the sandbox's)
  --raw-log                print the firmware's log lines exactly as the serial console shows them
                           (by default a few terse storage and DRS lines are put in plain words)
  --quiet                  print only the story and the firmware's warnings and errors
  --help                   this text";

        /// <summary>Every option the parser takes (the help test checks each is in <see cref="Usage"/>).</summary>
        public static readonly string[] Options =
        {
            "--flow", "--days", "--fault", "--flash-dir", "--seed", "--config", "--check-config", "--lwa-url", "--drs-url", "--external",
            "--authorize-url", "--client-id", "--redirect-uri", "--raw-log", "--quiet", "--help",
        };

        /// <summary>Parses and checks <paramref name="args"/>; throws <see cref="FormatException"/> with one line naming the bad option.</summary>
        public static SimulatorCommand Parse(string[] args)
        {
            var settings = new SimulationSettings();
            int? days = null;
            bool help = false;
            string checkConfig = null;
            string configPath = null;
            bool webApp = false;
            var companionOnly = new System.Collections.Generic.List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                switch (arg)
                {
                    case "--help":
                    case "-h":
                        help = true;
                        break;
                    case "--flow":
                        string flow = Value(args, ref i);
                        webApp = flow == "web-app" ? true : (flow == "companion" ? false : throw new FormatException($"--flow {flow}: companion or web-app"));
                        break;
                    case "--days":
                        companionOnly.Add(arg);
                        string n = Value(args, ref i);
                        if (!int.TryParse(n, out int d) || d < 1 || d > 3650)
                        {
                            throw new FormatException($"--days {n}: a whole number of days 1..3650");
                        }

                        days = d;
                        settings.Quiet = true;
                        break;
                    case "--fault":
                        companionOnly.Add(arg);
                        settings.Faults.Add(FaultSpec.Parse(Value(args, ref i)));
                        break;
                    case "--flash-dir":
                        companionOnly.Add(arg);
                        settings.FlashDir = Value(args, ref i);
                        break;
                    case "--seed":
                        string s = Value(args, ref i);
                        settings.Seed = int.TryParse(s, out int seed) ? seed : throw new FormatException($"--seed {s}: a whole number");
                        break;
                    case "--config":
                        configPath = Value(args, ref i);
                        break;
                    case "--check-config":
                        checkConfig = Value(args, ref i);
                        break;
                    case "--lwa-url":
                        companionOnly.Add(arg);
                        settings.LwaTokenUrl = Url(Value(args, ref i), arg);
                        break;
                    case "--drs-url":
                        companionOnly.Add(arg);
                        settings.DrsUrl = Url(Value(args, ref i), arg).TrimEnd('/');
                        break;
                    case "--authorize-url":
                        companionOnly.Add(arg);
                        settings.AuthorizeUrl = Url(Value(args, ref i), arg);
                        break;
                    case "--external":
                        companionOnly.Add(arg);
                        settings.External = true;
                        break;
                    case "--client-id":
                        companionOnly.Add(arg);
                        string id = Value(args, ref i);
                        settings.ClientId = id.Length > 0 && id.Length <= 256 && !id.Contains(' ') ? id : throw new FormatException($"--client-id '{id}': 1..256 characters without spaces");
                        break;
                    case "--redirect-uri":
                        companionOnly.Add(arg);
                        string uri = Value(args, ref i);
                        settings.RedirectUri = Uri.TryCreate(uri, UriKind.Absolute, out _) ? uri : throw new FormatException($"--redirect-uri {uri}: an absolute URI");
                        break;
                    case "--raw-log":
                        settings.RawLog = true;
                        break;
                    case "--quiet":
                        settings.Quiet = true;
                        break;
                    default:
                        throw new FormatException(arg.StartsWith("-", StringComparison.Ordinal)
                            ? $"{arg}: unknown option (try --help)"
                            : $"'{arg}': unexpected argument; options start with -- (try --help)");
                }
            }

            if (help)
            {
                return new SimulatorCommand { Help = true };
            }

            if (checkConfig != null)
            {
                if (args.Length != 2)
                {
                    throw new FormatException("--check-config: takes no other option");
                }

                ReadConfigFile(checkConfig, "--check-config");
                return new SimulatorCommand { CheckConfigPath = checkConfig };
            }

            if (webApp && companionOnly.Count > 0)
            {
                throw new FormatException($"{companionOnly[0]}: not with --flow web-app (it takes --config, --seed, --raw-log and --quiet)");
            }

            if (webApp)
            {
                if (configPath != null)
                {
                    settings.ConfigText = ReadConfigFile(configPath, "--config");
                    settings.ConfigSource = configPath;
                    CheckWebAppConfig(settings.ConfigText, configPath);
                }

                return new SimulatorCommand { Settings = settings, WebAppFlow = true };
            }

            if (settings.External && configPath == null)
            {
                throw new FormatException("--external: needs --config with the URLs to use");
            }

            if (configPath != null)
            {
                settings.ConfigText = ReadConfigFile(configPath, "--config");
                settings.ConfigSource = configPath;
                CheckConfig(settings, configPath);
            }

            if (settings.FlashDir != null)
            {
                CheckFlashDir(settings.FlashDir);
            }

            return new SimulatorCommand { Settings = settings, Days = days };
        }

        /// <summary>Reads an nf.config file; a missing or unreadable one is a <see cref="FormatException"/> naming <paramref name="option"/>.</summary>
        public static string ReadConfigFile(string path, string option)
        {
            if (Directory.Exists(path))
            {
                throw new FormatException($"{option} {path}: is a folder, not an nf.config file");
            }

            if (!File.Exists(path))
            {
                throw new FormatException($"{option} {path}: no such file");
            }

            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new FormatException($"{option} {path}: cannot be read ({e.Message})");
            }
        }

        // The maker's file with the file's own line numbers, then as the run will use it (URLs replaced).
        private static void CheckConfig(SimulationSettings settings, string path)
        {
            FirmwareConfig parsed;
            try
            {
                parsed = FirmwareConfig.Parse(settings.ConfigText);
            }
            catch (ConfigException e)
            {
                throw new FormatException($"--config {path}: {e.Message}");
            }

            if (parsed.Flow == FirmwareFlow.WebApp)
            {
                // Which story runs is the command line's choice, not the file's: the companion story cannot run on it.
                throw new FormatException($"--config {path}: device.flow = web-app: add --flow web-app to play the web-application story");
            }

            if (settings.External && settings.LwaTokenUrl == null && settings.DrsUrl == null)
            {
                return;
            }

            // The sandbox's URLs are known once it listens; any loopback URL stands for them here.
            string tokenUrl = settings.UsesSandbox ? "http://127.0.0.1:5000/auth/o2/token" : settings.LwaTokenUrl;
            string drsUrl = settings.UsesSandbox ? "http://127.0.0.1:5000" : settings.DrsUrl;
            try
            {
                SimulationRun.ConfigWithUrls(settings.ConfigText, tokenUrl, drsUrl);
            }
            catch (ConfigException e)
            {
                string option = e.Key == "lwa.token_url" && settings.LwaTokenUrl != null ? "--lwa-url" : (e.Key == "drs.base_url" && settings.DrsUrl != null ? "--drs-url" : "--config " + path);
                throw new FormatException($"{option}: {e.Message}");
            }
        }

        // The file as written first (its own line numbers), then as the story will use it (web-app flow, a cloud URL).
        private static void CheckWebAppConfig(string text, string path)
        {
            try
            {
                FirmwareConfig.Parse(text);
                FirmwareConfig.Parse(WebAppConfig.From(text, "http://127.0.0.1:5000"));
            }
            catch (ConfigException e)
            {
                throw new FormatException($"--config {path}: {e.Message}");
            }
        }

        private static void CheckFlashDir(string dir)
        {
            if (File.Exists(dir))
            {
                throw new FormatException($"--flash-dir {dir}: is a file, not a folder");
            }

            string probe = Path.Combine(dir, ".simulator-write-check");
            try
            {
                Directory.CreateDirectory(dir);
                File.WriteAllText(probe, "ok");
                File.Delete(probe);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                throw new FormatException($"--flash-dir {dir}: cannot write there ({e.Message})");
            }
        }

        private static string Value(string[] args, ref int i)
        {
            if (i + 1 >= args.Length || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
            {
                throw new FormatException($"{args[i]}: needs a value (try --help)");
            }

            return args[++i];
        }

        private static string Url(string value, string option)
        {
            return Uri.TryCreate(value, UriKind.Absolute, out Uri uri) && (uri.Scheme == "http" || uri.Scheme == "https")
                ? value
                : throw new FormatException($"{option} {value}: an absolute http(s) URL");
        }
    }
}
