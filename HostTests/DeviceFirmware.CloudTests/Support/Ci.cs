namespace DeviceFirmware.CloudTests.Support;

/// <summary>Whether this is CI (CI=true): there a missing PostgreSQL or Chromium fails the tests instead of skipping them.</summary>
internal static class Ci
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
