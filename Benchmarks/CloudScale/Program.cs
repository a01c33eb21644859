using System.Diagnostics;
using System.Globalization;
using DeviceFirmware.Cloud;
using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.Cloud.Hosting;
using DeviceFirmware.CloudTests.Support;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Sandbox.Log;
using DeviceFirmware.Sandbox.Time;
using Microsoft.Extensions.DependencyInjection;

namespace DeviceFirmware.CloudScale;

/// <summary>
/// `dotnet run -c Release --project Benchmarks/CloudScale [-- --devices 300 --days 30 --step-hours 6 --concurrency 64]`:
/// two web application instances on one private PostgreSQL server, the sandbox rotating refresh tokens, the
/// devices onboarded through the pages, then a simulated month of signed device requests; prints the figures.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        int devices = Option(args, "--devices", 300);
        int days = Option(args, "--days", 30);
        int stepHours = Option(args, "--step-hours", 6);
        int concurrency = Option(args, "--concurrency", 64);

        var clock = new SimulatedClock();
        var sandboxClock = new ManualSandboxClock(clock.GetUtcNow());
        Console.WriteLine("cloudscale: starting a private PostgreSQL server");
        var settings = new CloudSettings { Database = new DatabaseSettings { Provider = "Postgres", ConnectionString = PostgresCluster.Shared.CreateDatabase() } };
        await using SandboxServer sandbox = LocalSandbox.Start(settings, o =>
        {
            o.Clock = sandboxClock;
            o.RotateRefreshTokens = true;
            o.DeliveryDelay = TimeSpan.FromDays(2);
        });
        await using CloudServer first = await CloudServer.StartAsync(settings, clock);
        await using CloudServer second = await CloudServer.StartAsync(settings, clock);
        string[] instances = [first.BaseUrl, second.BaseUrl];

        IReadOnlyList<MadeDevice> made;
        using (IServiceScope scope = first.Services.CreateScope())
        {
            string[] serials = Enumerable.Range(1, devices).Select(i => "BENCH-" + i.ToString("D5", CultureInfo.InvariantCulture)).ToArray();
            made = await scope.ServiceProvider.GetRequiredService<DeviceFactory>().AddAsync("BenchModel", serials, false, CancellationToken.None);
        }

        var onboard = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 10).Select(async account =>
        {
            using var person = new Onboarding(instances[account % 2]);
            await person.SignUpAsync("owner" + account + "@example.com");
            for (int i = account; i < made.Count; i += 10)
            {
                await person.RegisterAndSignInAsync(made[i].Serial, made[i].ClaimCode);
            }
        }));
        Console.WriteLine("cloudscale: " + devices + " devices onboarded through the pages in " + onboard.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s");

        var simulated = made.Select((m, i) => new SimulatedDevice(m.Serial, m.Key, 1000 + i)).ToList();
        var latency = new LatencyRecorder();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = concurrency * 2 }) { Timeout = TimeSpan.FromSeconds(60) };
        using var gate = new SemaphoreSlim(concurrency);
        int steps = days * 24 / stepHours;
        var month = Stopwatch.StartNew();
        for (int step = 0; step < steps; step++)
        {
            clock.Advance(TimeSpan.FromHours(stepHours));
            sandboxClock.Advance(TimeSpan.FromHours(stepHours));
            int current = step;
            await Task.WhenAll(simulated.Select(async device =>
            {
                await gate.WaitAsync();
                try
                {
                    await device.StepAsync(current, instances, http, clock, latency);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        month.Stop();
        return Report(devices, days, concurrency, simulated, latency, month.Elapsed, sandbox);
    }

    private static int Report(int devices, int days, int concurrency, List<SimulatedDevice> simulated, LatencyRecorder latency, TimeSpan month, SandboxServer sandbox)
    {
        int requests = simulated.Sum(d => d.Requests);
        int failures = simulated.Sum(d => d.Failures);
        int placedEpisodes = simulated.Sum(d => d.Finals.Values.Count(f => f.Outcome == "placed"));
        int finalEpisodes = simulated.Sum(d => d.Finals.Count);
        int inconsistent = simulated.Sum(d => d.Finals.Values.Count(f => f.OrderIds.Count > 1));
        int orders = sandbox.Orders().Count;
        IReadOnlyList<RequestRecord> log = sandbox.Requests.Snapshot();
        List<RequestRecord> refreshes = log.Where(r => r.Endpoint == SandboxEndpoint.Token && r.GrantType == "refresh_token").ToList();
        int redeemedTwice = refreshes.GroupBy(r => r.TokenFingerprint).Count(g => g.Count() > 1);
        int refreshRefused = refreshes.Count(r => r.Status != 200);
        int replenishCalls = log.Count(r => r.Endpoint == SandboxEndpoint.Replenish);

        Console.WriteLine();
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine("| devices / simulated days / client concurrency | " + devices + " / " + days + " / " + concurrency + " |");
        Console.WriteLine("| device API requests (2 instances, 1 PostgreSQL) | " + requests + " |");
        Console.WriteLine("| wall time of the month | " + month.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s |");
        Console.WriteLine("| requests per second | " + (requests / month.TotalSeconds).ToString("0", CultureInfo.InvariantCulture) + " |");
        Console.WriteLine("| latency p50 / p99 | " + latency.Percentile(50).ToString("0.0", CultureInfo.InvariantCulture) + " ms / " + latency.Percentile(99).ToString("0.0", CultureInfo.InvariantCulture) + " ms |");
        Console.WriteLine("| non-2xx answers | " + failures + " |");
        Console.WriteLine("| episodes decided (placed / all final) | " + placedEpisodes + " / " + finalEpisodes + " |");
        Console.WriteLine("| DRS replenish calls / orders placed | " + replenishCalls + " / " + orders + " |");
        Console.WriteLine("| **duplicate orders** (orders beyond one per placed episode, or one episode with two order IDs) | **" + (orders - placedEpisodes + inconsistent) + "** |");
        Console.WriteLine("| refreshes (rotating) / refused | " + refreshes.Count + " / " + refreshRefused + " |");
        Console.WriteLine("| **refresh tokens redeemed twice** | **" + redeemedTwice + "** |");
        bool ok = orders == placedEpisodes && inconsistent == 0 && redeemedTwice == 0 && refreshRefused == 0 && failures == 0;
        Console.WriteLine(ok ? "cloudscale: OK" : "cloudscale: FAILED (see the bold rows)");
        return ok ? 0 : 1;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
