namespace DeviceFirmware.Cloud.Lwa;

/// <summary>A successful LWA token answer. Secrets: never logged, never shown.</summary>
/// <param name="AccessToken">The access token (Atza|...).</param>
/// <param name="RefreshToken">The refresh token, or null when a refresh answer omitted it (keep the old one).</param>
/// <param name="ExpiresInSeconds">The access token's lifetime.</param>
public sealed record LwaTokens(string AccessToken, string? RefreshToken, long ExpiresInSeconds);
