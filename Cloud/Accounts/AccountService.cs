using System.Security.Claims;
using DeviceFirmware.Cloud.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Accounts;

/// <summary>
/// Local accounts: an e-mail address and a password (PBKDF2 by ASP.NET Core Identity's hasher). LWA's profile
/// scope is not requested (dash:replenish alone, and the sandbox has no profile), so the account is the web
/// application's own.
/// </summary>
public sealed class AccountService
{
    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    private readonly CloudDbContext _db;
    private readonly TimeProvider _time;
    private readonly PasswordHasher<Account> _hasher = new();

    /// <summary>A service on <paramref name="db"/>.</summary>
    public AccountService(CloudDbContext db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    /// <summary>Makes an account; null with a plain-words error when the input is refused.</summary>
    public async Task<Account?> CreateAsync(string? email, string? password, CancellationToken cancel, Action<string> refuse)
    {
        string normalized = (email ?? "").Trim().ToLowerInvariant();
        if (normalized.Length is < 3 or > 254 || !normalized.Contains('@'))
        {
            refuse("Enter a valid e-mail address.");
            return null;
        }

        if ((password ?? "").Length < MinPasswordLength)
        {
            refuse("Choose a password of at least " + MinPasswordLength + " characters.");
            return null;
        }

        var account = new Account { Email = normalized, CreatedAtMs = UnixTime.NowMs(_time) };
        account.PasswordHash = _hasher.HashPassword(account, password!);
        _db.Accounts.Add(account);
        try
        {
            await _db.SaveChangesAsync(cancel);
            return account;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            refuse("An account with this e-mail address exists already: sign in instead.");
            return null;
        }
    }

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a locked account refuses every password.</summary>
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The account when the password is right and the account is not locked; null otherwise. Wrong passwords
    /// are counted in the database (every instance sees them): after five in a row the account refuses even the
    /// right one for 15 minutes, so passwords cannot be guessed at speed.
    /// </summary>
    public async Task<Account?> VerifyAsync(string? email, string? password, CancellationToken cancel)
    {
        string normalized = (email ?? "").Trim().ToLowerInvariant();
        Account? account = await _db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Email == normalized, cancel);
        if (account == null || password == null)
        {
            return null;
        }

        long now = UnixTime.NowMs(_time);
        if (account.LockedUntilMs > now)
        {
            return null;
        }

        if (_hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            long lockUntil = now + (long)Lockout.TotalMilliseconds;
            await _db.Accounts.Where(a => a.Id == account.Id).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1 >= MaxFailedSignIns ? 0 : a.FailedSignIns + 1)
                .SetProperty(a => a.LockedUntilMs, a => a.FailedSignIns + 1 >= MaxFailedSignIns ? lockUntil : a.LockedUntilMs), cancel);
            return null;
        }

        if (account.FailedSignIns > 0)
        {
            await _db.Accounts.Where(a => a.Id == account.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, 0), cancel);
        }

        return account;
    }

    /// <summary>The principal the sign-in cookie carries.</summary>
    public static ClaimsPrincipal Principal(Account account)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, account.Email)],
            Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The signed-in account's ID.</summary>
    public static long IdOf(ClaimsPrincipal user) => long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);
}
