using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DeviceFirmware.CloudTests.Support;

/// <summary>
/// A private PostgreSQL server for the test run: initdb in a temporary folder, started on a free loopback port
/// with pg_ctl, stopped and deleted when the test process exits. As root (CI) it runs as the postgres user
/// (initdb refuses root). Each test gets its own database.
/// </summary>
internal sealed class PostgresCluster
{
    private static readonly Lazy<PostgresCluster> SharedCluster = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    private readonly string _folder;
    private readonly string _pgCtl;
    private readonly bool _asPostgresUser;

    private PostgresCluster(string folder, string pgCtl, bool asPostgresUser, int port)
    {
        _folder = folder;
        _pgCtl = pgCtl;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The run's server (started on first use).</summary>
    public static PostgresCluster Shared => SharedCluster.Value;

    /// <summary>"skipped: ..." when PostgreSQL is not installed outside CI; null otherwise.</summary>
    public static string? SkipReason()
    {
        string? problem = MissingReason();
        return problem == null || Ci.IsCi ? null : "skipped: PostgreSQL not available: " + problem;
    }

    /// <summary>A new, empty database; returns its connection string.</summary>
    public string CreateDatabase()
    {
        string name = "cloudtest_" + Environment.ProcessId + "_" + Interlocked.Increment(ref _databases);
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var command = new NpgsqlCommand("CREATE DATABASE " + name, connection);
            command.ExecuteNonQuery();
        }

        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        "Host=127.0.0.1;Port=" + Port + ";Username=postgres;Database=" + database + ";Maximum Pool Size=40;Connection Idle Lifetime=10";

    private static string? BinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out int v) ? v : 0)
            .FirstOrDefault();
    }

    private static bool IsRoot => Environment.UserName == "root";

    // As root the server runs as postgres, which must be able to reach the folder: /tmp, whatever TMPDIR says.
    private static string TempRoot => IsRoot ? "/tmp" : Path.GetTempPath();

    private static string? MissingReason()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "the tests start PostgreSQL from Debian's package layout (Linux only)";
        }

        if (BinDirectory() == null)
        {
            return "no /usr/lib/postgresql/*/bin/initdb (apt-get install postgresql)";
        }

        if (IsRoot && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
        {
            return "running as root without runuser (initdb refuses root)";
        }

        return null;
    }

    private static PostgresCluster Start()
    {
        string? missing = MissingReason();
        if (missing != null)
        {
            throw new InvalidOperationException("PostgreSQL is needed (CI=true) but not available: " + missing);
        }

        string bin = BinDirectory()!;
        RemoveStaleFolders();
        string folder = Path.Combine(TempRoot, "cloudtests-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        bool asPostgres = IsRoot;
        if (asPostgres)
        {
            Run("chown", ["postgres:", folder], false);
        }

        string data = Path.Combine(folder, "data");
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"], asPostgres);
        int port = FreePort();
        string options = "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-o", options, "-w", "-t", "60", "start"], asPostgres);
        var cluster = new PostgresCluster(folder, Path.Combine(bin, "pg_ctl"), asPostgres, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    // A test host can be ended before its exit handler has deleted the folder: folders of earlier runs whose
    // server is down (no postmaster.pid) and that nothing touched for 10 minutes are removed here.
    private static void RemoveStaleFolders()
    {
        foreach (string stale in Directory.GetDirectories(TempRoot, "cloudtests-pg-*"))
        {
            if (Directory.GetLastWriteTimeUtc(stale) > DateTime.UtcNow.AddMinutes(-10) || File.Exists(Path.Combine(stale, "data", "postmaster.pid")))
            {
                continue;
            }

            try
            {
                Directory.Delete(stale, true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private void Stop()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            Run(_pgCtl, ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], _asPostgresUser);
        }
        catch (InvalidOperationException)
        {
            // Best effort at process exit: the folder below is removed either way.
        }

        try
        {
            Directory.Delete(_folder, true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void Run(string program, string[] args, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("postgres");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(true);
            throw new InvalidOperationException(Path.GetFileName(program) + " did not finish in 120 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(Path.GetFileName(program) + " failed (" + process.ExitCode + "): " + errors.Result + output.Result);
        }
    }
}
