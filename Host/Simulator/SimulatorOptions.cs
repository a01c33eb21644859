using System;
using System.IO;

namespace DeviceFirmware.Simulator
{
    /// <summary>The command line: parsed into <see cref="SimulationSettings"/> and a run length.</summary>
    public static class SimulatorOptions
    {
        /// <summary>The --help text.</summary>
        public const string Usage = @"usage: dotnet run --project Host/Simulator [-- options]

With no options: the whole story on the embedded nf.config against an in-process LWA + DRS sandbox
on a free 127.0.0.1 port: boot, BLE provisioning with a companion app, code exchange, supply
running low, one order, delivery and refill, reboot, token refresh, summary. Virtual clock.

  --days N                 soak: N simulated days (deliveries, refills, weekly power cycle), then the figures
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
  --lwa-url URL            external LWA token endpoint (no sandbox); with --drs-url for DRS
  --drs-url URL            external DRS base URL (no sandbox)
  --authorize-url URL      where the app logs in (external runs; default: the LWA origin + /ap/oa)
  --external               use the URLs of --config as they are (no sandbox)
  --client-id ID           the companion app's LWA client ID (external runs)
  --redirect-uri URI       the companion app's redirect URI (external runs)
  --quiet                  print only the story and the firmware's warnings and errors
  --help                   this text";

        /// <summary>Parses <paramref name="args"/>; throws <see cref="FormatException"/> naming the bad argument.</summary>
        public static SimulationSettings Parse(string[] args, out int? days, out bool help)
        {
            var settings = new SimulationSettings();
            days = null;
            help = false;
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                switch (arg)
                {
                    case "--help":
                    case "-h":
                        help = true;
                        break;
                    case "--days":
                        string n = Value(args, ref i);
                        if (!int.TryParse(n, out int d) || d < 1 || d > 3650)
                        {
                            throw new FormatException($"--days {n}: a whole number of days 1..3650");
                        }

                        days = d;
                        settings.Quiet = true;
                        break;
                    case "--fault":
                        settings.Faults.Add(FaultSpec.Parse(Value(args, ref i)));
                        break;
                    case "--flash-dir":
                        settings.FlashDir = Value(args, ref i);
                        break;
                    case "--seed":
                        string s = Value(args, ref i);
                        settings.Seed = int.TryParse(s, out int seed) ? seed : throw new FormatException($"--seed {s}: a whole number");
                        break;
                    case "--config":
                        string path = Value(args, ref i);
                        settings.ConfigText = File.ReadAllText(path);
                        settings.ConfigSource = path;
                        break;
                    case "--lwa-url":
                        settings.LwaTokenUrl = Url(Value(args, ref i), arg);
                        break;
                    case "--drs-url":
                        settings.DrsUrl = Url(Value(args, ref i), arg).TrimEnd('/');
                        break;
                    case "--authorize-url":
                        settings.AuthorizeUrl = Url(Value(args, ref i), arg);
                        break;
                    case "--external":
                        settings.External = true;
                        break;
                    case "--client-id":
                        settings.ClientId = Value(args, ref i);
                        break;
                    case "--redirect-uri":
                        settings.RedirectUri = Value(args, ref i);
                        break;
                    case "--quiet":
                        settings.Quiet = true;
                        break;
                    default:
                        throw new FormatException($"unknown argument '{arg}' (try --help)");
                }
            }

            return settings;
        }

        private static string Value(string[] args, ref int i)
        {
            if (i + 1 >= args.Length)
            {
                throw new FormatException($"{args[i]} needs a value (try --help)");
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
