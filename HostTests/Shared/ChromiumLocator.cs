#nullable enable
using System;
using System.IO;

namespace DeviceFirmware.HostTesting
{
    /// <summary>
    /// Finds an installed Chromium or Chrome for the browser tests of every host test project that drives one
    /// (linked into each): the environment variable CHROMIUM_PATH, else the first of chromium,
    /// chromium-browser, google-chrome, google-chrome-stable on PATH. Playwright never downloads one.
    /// </summary>
    public static class ChromiumLocator
    {
        /// <summary>The environment variable that names the browser executable.</summary>
        public const string Variable = "CHROMIUM_PATH";

        private static readonly string[] Names = { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" };

        private static readonly Lazy<string?> Found = new Lazy<string?>(Find);

        /// <summary>The browser executable, or null when none is installed.</summary>
        public static string? Executable => Found.Value;

        /// <summary>Why no browser was found (for the skip reason and the failure under CI).</summary>
        public static string MissingReason =>
            Environment.GetEnvironmentVariable(Variable) is string named && named.Length > 0
                ? $"{Variable}={named} is not an executable file"
                : $"no Chromium or Chrome found ({Variable} unset; none of {string.Join(", ", Names)} on PATH); install Debian's chromium";

        /// <summary>True under CI (CI=true): a missing browser fails instead of skipping.</summary>
        public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>"skipped: ..." when no browser is installed and this is not CI; null when the browser tests run.</summary>
        public static string? SkipReason() => Executable == null && !IsCi ? "skipped: " + MissingReason : null;

        private static string? Find()
        {
            string? named = Environment.GetEnvironmentVariable(Variable);
            if (!string.IsNullOrEmpty(named))
            {
                return File.Exists(named) ? Path.GetFullPath(named) : null;
            }

            string path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            foreach (string name in Names)
            {
                foreach (string folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                {
                    string candidate = Path.Combine(folder, name);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }
    }
}
