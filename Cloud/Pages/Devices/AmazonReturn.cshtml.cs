using DeviceFirmware.Cloud.Accounts;
using DeviceFirmware.Cloud.Devices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeviceFirmware.Cloud.Pages.Devices;

/// <summary>
/// The LWA redirect URI (/signin-amazon): checks state, exchanges the code server-side, and either goes to My
/// devices or says in plain words what went wrong and what to do.
/// </summary>
public sealed class AmazonReturnModel : PageModel
{
    private readonly AmazonSignIn _signIn;

    /// <summary>A page on <paramref name="signIn"/>.</summary>
    public AmazonReturnModel(AmazonSignIn signIn) => _signIn = signIn;

    /// <summary>What went wrong and what to do.</summary>
    public string? Problem { get; private set; }

    /// <summary>Handles LWA's redirect (code and state, or error and state).</summary>
    public async Task<IActionResult> OnGetAsync(string? code, string? state, string? error, CancellationToken cancel)
    {
        (SignInOutcome outcome, string? serial) = await _signIn.CompleteAsync(AccountService.IdOf(User), state, code, error, cancel);
        if (outcome == SignInOutcome.Done)
        {
            TempData["Notice"] = "Signed in with Amazon: device " + serial + " can now order. Choose the products for its slots on Amazon if you have not yet.";
            return Redirect("/Devices");
        }

        Problem = outcome switch
        {
            SignInOutcome.Declined => "You did not allow access on Amazon, so device " + serial + " cannot order. Nothing was changed. To let it order, click Sign in with Amazon again and choose Allow.",
            SignInOutcome.AmazonError => "Amazon could not complete the sign-in for device " + serial + ". Nothing was changed. Try Sign in with Amazon again; if it keeps failing, contact our support.",
            SignInOutcome.CodeRefused => "Amazon did not accept the sign-in (it took too long or was already used). Nothing was changed. Click Sign in with Amazon again.",
            SignInOutcome.LwaDown => "Login with Amazon could not be reached just now. Nothing was changed. Try again in a few minutes.",
            SignInOutcome.Misconfigured => "Amazon refused this web application's credentials: a problem on our side, not yours. Please contact our support.",
            _ => "This sign-in link is not valid any more (it was already used, is older than 15 minutes, or was started from another account). Start again from My devices.",
        };
        Response.StatusCode = outcome == SignInOutcome.LwaDown ? 503 : 400;
        return Page();
    }
}
