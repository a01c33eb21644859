namespace DeviceFirmware.Cloud.Tokens;

/// <summary>An access token, or why there is none.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="AccessToken">The token when <see cref="AccessTokenStatus.Ok"/> (a secret: never log it).</param>
/// <param name="Problem">A short, secret-free description otherwise.</param>
public sealed record AccessTokenResult(AccessTokenStatus Status, string? AccessToken, string? Problem);
