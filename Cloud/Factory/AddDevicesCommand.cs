using System.Text;
using DeviceFirmware.Cloud.DeviceApi;
using DeviceFirmware.Cloud.Hosting;

namespace DeviceFirmware.Cloud.Factory;

/// <summary>
/// `add-devices --model M --serials S1,S2 --out DIR [--test-devices]`: makes the units in the database and writes
/// DIR/SERIAL/device.key (64 lowercase hex + LF, for flash.ps1 -DeviceKey) and DIR/SERIAL/label.txt (serial and
/// claim code for the printed label). Prints no secret.
/// </summary>
public static class AddDevicesCommand
{
    /// <summary>The help text.</summary>
    public const string Usage =
        "usage: dotnet run --project Cloud -- add-devices --model MODEL --serials S1,S2,... --out DIR [--test-devices]\n"
        + "  --model MODEL     the DRS device model ID (1..64 of A-Z a-z 0-9 - + _)\n"
        + "  --serials LIST    comma-separated serials, each 1..64 of A-Z a-z 0-9 - + _\n"
        + "  --out DIR         writes DIR/SERIAL/device.key (for flash.ps1 -DeviceKey) and DIR/SERIAL/label.txt\n"
        + "  --test-devices    LWA is told is_test_device=true for these units (DRS places test orders)\n"
        + "The database is the web application's (Cloud:Database:Provider and Cloud:Database:ConnectionString).\n";

    /// <summary>Runs the command; returns the exit code (0 done, 2 bad arguments, 3 refused).</summary>
    public static async Task<int> RunAsync(string[] args, CloudSettings settings, TextWriter output, TextWriter errors)
    {
        string? model = null, serialList = null, outDir = null;
        bool test = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--model" when i + 1 < args.Length:
                    model = args[++i];
                    break;
                case "--serials" when i + 1 < args.Length:
                    serialList = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--test-devices":
                    test = true;
                    break;
                case "--help" or "-h":
                    output.Write(Usage);
                    return 0;
                default:
                    // Configuration switches (--Cloud:...=...) are read by the configuration, not here.
                    if (args[i].StartsWith("--Cloud:", StringComparison.OrdinalIgnoreCase))
                    {
                        break;
                    }

                    errors.WriteLine("add-devices: unknown or incomplete argument '" + args[i] + "' (try --help)");
                    return 2;
            }
        }

        string? problem = Check(model, serialList, outDir, out List<string> serials);
        if (problem != null)
        {
            errors.WriteLine("add-devices: " + problem + " (try --help)");
            return 2;
        }

        foreach (string serial in serials)
        {
            if (Directory.Exists(Path.Combine(outDir!, serial)))
            {
                errors.WriteLine("add-devices: " + Path.Combine(outDir!, serial) + " exists already: refusing to overwrite a unit's files");
                return 3;
            }
        }

        await using CloudDataServices data = CloudDataServices.Create(settings);
        IReadOnlyList<MadeDevice> made;
        try
        {
            made = await data.CreateFactory().AddAsync(model!, serials, test, CancellationToken.None);
        }
        catch (InvalidOperationException e)
        {
            errors.WriteLine("add-devices: " + e.Message);
            return 3;
        }

        foreach (MadeDevice device in made)
        {
            Write(outDir!, model!, device, settings.PublicBaseUrl);
        }

        output.WriteLine("add-devices: " + made.Count + " unit(s) of model " + model + " added; files in " + Path.GetFullPath(outDir!));
        return 0;
    }

    private static string? Check(string? model, string? serialList, string? outDir, out List<string> serials)
    {
        serials = new List<string>();
        if (model == null || !DeviceApiFormats.Serial().IsMatch(model))
        {
            return "--model must be 1 to 64 characters A-Z a-z 0-9 - + _";
        }

        if (outDir == null)
        {
            return "--out DIR is required";
        }

        foreach (string serial in (serialList ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DeviceApiFormats.Serial().IsMatch(serial))
            {
                return "serial '" + serial + "' must be 1 to 64 characters A-Z a-z 0-9 - + _";
            }

            if (serials.Contains(serial))
            {
                return "serial " + serial + " is listed twice";
            }

            serials.Add(serial);
        }

        return serials.Count == 0 ? "--serials needs at least one serial" : null;
    }

    private static void Write(string outDir, string model, MadeDevice device, string publicBaseUrl)
    {
        string folder = Path.Combine(outDir, device.Serial);
        Directory.CreateDirectory(folder);
        string keyPath = Path.Combine(folder, "device.key");
        File.WriteAllText(keyPath, Convert.ToHexStringLower(device.Key) + "\n", new UTF8Encoding(false));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        string register = string.IsNullOrEmpty(publicBaseUrl) ? "the web application's Register a device page" : publicBaseUrl.TrimEnd('/') + "/Devices/Register";
        File.WriteAllText(
            Path.Combine(folder, "label.txt"),
            "Model: " + model + "\nSerial: " + device.Serial + "\nClaim code: " + device.ClaimCode + "\nRegister at: " + register + "\n",
            new UTF8Encoding(false));
    }
}
