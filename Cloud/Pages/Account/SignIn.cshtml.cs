using DeviceFirmware.Cloud.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeviceFirmware.Cloud.Pages.Account;

/// <summary>Signs a local account in (cookie), then back to where the user was going (local URLs only).</summary>
public sealed class SignInModel : PageModel
{
    private readonly AccountService _accounts;

    /// <summary>A page on <paramref name="accounts"/>.</summary>
    public SignInModel(AccountService accounts) => _accounts = accounts;

    /// <summary>The e-mail address typed.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The password typed.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why signing in failed.</summary>
    public string? Problem { get; private set; }

    /// <summary>Checks the password.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        Data.Account? account = await _accounts.VerifyAsync(Email, Password, cancel);
        if (account == null)
        {
            Problem = "The e-mail address or the password is wrong. After " + AccountService.MaxFailedSignIns + " wrong passwords in a row the account is locked for " + AccountService.Lockout.TotalMinutes + " minutes.";
            Response.StatusCode = 400;
            return Page();
        }

        await HttpContext.SignInAsync(AccountService.Principal(account));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Devices");
    }
}
