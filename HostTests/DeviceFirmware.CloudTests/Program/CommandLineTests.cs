using System.Diagnostics;
using System.Text.RegularExpressions;
using DeviceFirmware.CloudTests.Support;
using Xunit;

namespace DeviceFirmware.CloudTests.Program;

/// <summary>
/// The program as `dotnet run --project Cloud` starts it (the built DeviceFirmware.Cloud.dll, in a fresh working
/// folder): add-devices makes a unit; the web application starts on SQLite against the in-process sandbox,
/// creates the database file, serves the pages and accepts the unit's signed request made with its key file.
/// </summary>
public class CommandLineTests
{
    [Fact]
    public async Task AddDevicesThenRun_DefaultsToSqliteAndTheSandbox_AndTheKeyFileAuthenticates()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cloudtests-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string dll = Path.Combine(AppContext.BaseDirectory, "DeviceFirmware.Cloud.dll");
        try
        {
            (int exit, string output) = await RunToEndAsync(folder, dll, "add-devices", "--model", "M1", "--serials", "SN-CLI", "--out", "factory", "--test-devices");
            Assert.True(exit == 0, output);
            Assert.True(File.Exists(Path.Combine(folder, "cloud.db")), "no cloud.db in the working folder");
            byte[] key = Convert.FromHexString(File.ReadAllText(Path.Combine(folder, "factory", "SN-CLI", "device.key")).Trim());

            using Process server = Start(folder, dll, "--urls", "http://127.0.0.1:0");
            try
            {
                string baseUrl = await WaitForUrlAsync(server);
                using var http = new HttpClient();
                HttpResponseMessage home = await http.GetAsync(baseUrl + "/");
                DeviceAnswer status = await new SignedDevice(baseUrl, "SN-CLI", key, TimeProvider.System).StatusAsync();

                Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
                Assert.Contains("Device Cloud", await home.Content.ReadAsStringAsync());
                Assert.Equal(200, status.Status);
            }
            finally
            {
                server.Kill(true);
                await server.WaitForExitAsync();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, true);
        }
    }

    private static Process Start(string folder, string dll, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        return Process.Start(start)!;
    }

    private static async Task<(int Exit, string Output)> RunToEndAsync(string folder, string dll, params string[] args)
    {
        using Process process = Start(folder, dll, args);
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static async Task<string> WaitForUrlAsync(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var seen = new System.Text.StringBuilder();
        while (true)
        {
            string? line = await server.StandardOutput.ReadLineAsync(timeout.Token);
            if (line == null)
            {
                throw new InvalidOperationException("the web application ended before it listened: " + seen + await server.StandardError.ReadToEndAsync());
            }

            seen.AppendLine(line);
            Match url = Regex.Match(line, "web application at (http://127\\.0\\.0\\.1:[0-9]+)");
            if (url.Success)
            {
                _ = server.StandardOutput.ReadToEndAsync();
                _ = server.StandardError.ReadToEndAsync();
                return url.Groups[1].Value;
            }
        }
    }
}
