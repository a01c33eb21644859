using DeviceFirmware.Cloud.Accounts;
using DeviceFirmware.Cloud.Devices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeviceFirmware.Cloud.Pages.Devices;

/// <summary>Starts "Sign in with Amazon" for one of the account's devices (POST: antiforgery-checked) and redirects to LWA.</summary>
public sealed class AmazonModel : PageModel
{
    private readonly DeviceRegistry _registry;
    private readonly AmazonSignIn _signIn;
    private readonly CloudSettings _settings;

    /// <summary>A page with these services.</summary>
    public AmazonModel(DeviceRegistry registry, AmazonSignIn signIn, CloudSettings settings)
    {
        _registry = registry;
        _signIn = signIn;
        _settings = settings;
    }

    /// <summary>The device's serial.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Serial { get; set; }

    /// <summary>Why it cannot start.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the button.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (await _registry.FindOwnedAsync(AccountService.IdOf(User), Serial, cancel) == null)
        {
            return NotYours();
        }

        return Page();
    }

    /// <summary>Records the attempt and sends the browser to LWA.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        Data.Device? device = await _registry.FindOwnedAsync(AccountService.IdOf(User), Serial, cancel);
        if (device == null)
        {
            return NotYours();
        }

        string baseUrl = string.IsNullOrEmpty(_settings.PublicBaseUrl) ? Request.Scheme + "://" + Request.Host.Value : _settings.PublicBaseUrl.TrimEnd('/');
        string url = await _signIn.StartAsync(AccountService.IdOf(User), device, baseUrl + "/signin-amazon", cancel);
        return Redirect(url);
    }

    private PageResult NotYours()
    {
        Problem = "No device with this serial is registered to your account. Register it first.";
        Response.StatusCode = 400;
        return Page();
    }
}
