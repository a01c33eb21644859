using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeviceFirmware.Cloud.Pages.Account;

/// <summary>Signs out (POST only, so a link on another site cannot sign the user out).</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>Clears the sign-in cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync();
        return Redirect("/");
    }
}
