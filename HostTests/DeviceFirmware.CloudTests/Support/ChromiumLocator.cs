namespace DeviceFirmware.CloudTests.Support;

/// <summary>Finds the installed Chromium: CHROMIUM_PATH, then chromium, chromium-browser, google-chrome on PATH. Playwright never downloads one.</summary>
internal static class ChromiumLocator
{
    public static string? Find()
    {
        string? configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        foreach (string name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>"skipped: ..." when no browser is found outside CI; null otherwise.</summary>
    public static string? SkipReason()
    {
        if (Find() != null || Ci.IsCi)
        {
            return null;
        }

        string? configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        return string.IsNullOrEmpty(configured)
            ? "skipped: no Chromium (set CHROMIUM_PATH, or install chromium: apt-get install chromium)"
            : "skipped: CHROMIUM_PATH names no file (" + configured + ")";
    }
}
