using DeviceFirmware.Cloud.Accounts;
using DeviceFirmware.Cloud.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeviceFirmware.Cloud.Pages.Account;

/// <summary>Creates a local account and signs it in.</summary>
public sealed class SignUpModel : PageModel
{
    private readonly AccountService _accounts;

    /// <summary>A page on <paramref name="accounts"/>.</summary>
    public SignUpModel(AccountService accounts) => _accounts = accounts;

    /// <summary>The e-mail address typed.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The password typed (never shown back).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Why the input was refused, in plain words.</summary>
    public string? Problem { get; private set; }

    /// <summary>Makes the account.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        Data.Account? account = await _accounts.CreateAsync(Email, Password, cancel, problem => Problem = problem);
        if (account == null)
        {
            Response.StatusCode = 400;
            return Page();
        }

        await HttpContext.SignInAsync(AccountService.Principal(account));
        return Redirect("/Devices");
    }
}
