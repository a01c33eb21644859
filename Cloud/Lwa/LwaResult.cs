namespace DeviceFirmware.Cloud.Lwa;

/// <summary>The result of an LWA token request: tokens, or why not (the error code only, never a token).</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Tokens">The tokens when <see cref="LwaResultKind.Ok"/>.</param>
/// <param name="Error">LWA's error code or a short description of the failure.</param>
public sealed record LwaResult(LwaResultKind Kind, LwaTokens? Tokens, string? Error);
