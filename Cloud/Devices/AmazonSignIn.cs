using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Lwa;
using DeviceFirmware.Cloud.Tokens;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Devices;

/// <summary>
/// "Sign in with Amazon" for one device: authorization code + PKCE (S256) + state as a confidential client.
/// The state and the verifier stay on the server (the verifier encrypted); the callback must come from the
/// account that started it, within 15 minutes, once. The code is exchanged server-side; the tokens never leave.
/// </summary>
public sealed class AmazonSignIn
{
    private static readonly TimeSpan AttemptLifetime = TimeSpan.FromMinutes(15);

    private readonly CloudDbContext _db;
    private readonly SecretProtector _secrets;
    private readonly LwaTokenClient _lwa;
    private readonly LwaSettings _settings;
    private readonly GrantStore _grants;
    private readonly TimeProvider _time;
    private readonly ILogger<AmazonSignIn> _log;

    /// <summary>A sign-in on <paramref name="db"/>.</summary>
    public AmazonSignIn(CloudDbContext db, SecretProtector secrets, LwaTokenClient lwa, LwaSettings settings, GrantStore grants, TimeProvider time, ILogger<AmazonSignIn> log)
    {
        _db = db;
        _secrets = secrets;
        _lwa = lwa;
        _settings = settings;
        _grants = grants;
        _time = time;
        _log = log;
    }

    /// <summary>Records the attempt and returns the LWA URL to redirect the browser to.</summary>
    public async Task<string> StartAsync(long accountId, Device device, string redirectUri, CancellationToken cancel)
    {
        string state = WebEncoders.Base64UrlEncode(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        string verifier = Pkce.NewVerifier();
        long now = UnixTime.NowMs(_time);
        long stale = now - (long)AttemptLifetime.TotalMilliseconds;
        await _db.LoginAttempts.Where(a => a.CreatedAtMs < stale).ExecuteDeleteAsync(cancel);
        _db.LoginAttempts.Add(new LoginAttempt
        {
            State = state,
            AccountId = accountId,
            DeviceId = device.Id,
            ProtectedVerifier = _secrets.Protect(SecretKind.CodeVerifier, verifier),
            RedirectUri = redirectUri,
            CreatedAtMs = now,
        });
        await _db.SaveChangesAsync(cancel);
        _db.ChangeTracker.Clear();
        return LwaAuthorizeUrl.Build(_settings, redirectUri, state, Pkce.S256(verifier), device.Model, device.Serial, device.IsTestDevice);
    }

    /// <summary>Handles the redirect back from LWA.</summary>
    /// <returns>The outcome and the device's serial when the attempt was found.</returns>
    public async Task<(SignInOutcome Outcome, string? Serial)> CompleteAsync(long accountId, string? state, string? code, string? error, CancellationToken cancel)
    {
        if (string.IsNullOrEmpty(state) || state.Length > 64)
        {
            return (SignInOutcome.StaleLink, null);
        }

        long now = UnixTime.NowMs(_time);
        long stale = now - (long)AttemptLifetime.TotalMilliseconds;

        // Single use, same account, fresh: claimed with one conditional update.
        int claimed = await _db.LoginAttempts.Where(a => a.State == state && !a.Used && a.AccountId == accountId && a.CreatedAtMs >= stale)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Used, true), cancel);
        if (claimed == 0)
        {
            return (SignInOutcome.StaleLink, null);
        }

        LoginAttempt attempt = await _db.LoginAttempts.AsNoTracking().FirstAsync(a => a.State == state, cancel);
        Device? device = await _db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == attempt.DeviceId && d.OwnerAccountId == accountId, cancel);
        if (device == null)
        {
            return (SignInOutcome.StaleLink, null);
        }

        if (!string.IsNullOrEmpty(error))
        {
            _log.LogInformation("Sign-in for device {DeviceId} came back with LWA error {Error}", device.Id, error.Length > 40 ? error[..40] : error);
            return (error == "access_denied" ? SignInOutcome.Declined : SignInOutcome.AmazonError, device.Serial);
        }

        if (string.IsNullOrEmpty(code))
        {
            return (SignInOutcome.AmazonError, device.Serial);
        }

        string verifier = _secrets.Unprotect(SecretKind.CodeVerifier, attempt.ProtectedVerifier);
        LwaResult result = await _lwa.ExchangeCodeAsync(code, attempt.RedirectUri, verifier, cancel);
        switch (result.Kind)
        {
            case LwaResultKind.Ok when result.Tokens!.RefreshToken != null:
                await _grants.SaveAsync(device.Id, result.Tokens, cancel);
                _log.LogInformation("Device {DeviceId} signed in with Amazon", device.Id);
                return (SignInOutcome.Done, device.Serial);
            case LwaResultKind.InvalidGrant:
                return (SignInOutcome.CodeRefused, device.Serial);
            case LwaResultKind.Refused:
                _log.LogError("LWA refused the web application's code exchange: {Error} (check Cloud:Lwa settings)", result.Error);
                return (SignInOutcome.Misconfigured, device.Serial);
            default:
                _log.LogWarning("Code exchange for device {DeviceId} failed: {Error}", device.Id, result.Error);
                return (SignInOutcome.LwaDown, device.Serial);
        }
    }
}
