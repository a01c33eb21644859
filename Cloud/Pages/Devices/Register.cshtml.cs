using DeviceFirmware.Cloud.Accounts;
using DeviceFirmware.Cloud.DeviceApi;
using DeviceFirmware.Cloud.Devices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeviceFirmware.Cloud.Pages.Devices;

/// <summary>Register a device: serial + claim code; then on to "Sign in with Amazon".</summary>
public sealed class RegisterModel : PageModel
{
    private readonly DeviceRegistry _registry;

    /// <summary>A page on <paramref name="registry"/>.</summary>
    public RegisterModel(DeviceRegistry registry) => _registry = registry;

    /// <summary>The serial typed.</summary>
    [BindProperty]
    public string? Serial { get; set; }

    /// <summary>The claim code typed (never shown back, never logged).</summary>
    [BindProperty]
    public string? ClaimCode { get; set; }

    /// <summary>Why the input was refused.</summary>
    public string? Problem { get; private set; }

    /// <summary>Claims the device.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        Serial = Serial?.Trim();
        if (string.IsNullOrEmpty(Serial) || !DeviceApiFormats.Serial().IsMatch(Serial) || string.IsNullOrWhiteSpace(ClaimCode) || ClaimCode.Length > 40)
        {
            return Refuse("Type the serial (letters, digits, - + _) and the claim code exactly as they are printed on the label.");
        }

        switch (await _registry.ClaimAsync(AccountService.IdOf(User), Serial, ClaimCode, cancel))
        {
            case ClaimResult.Registered:
                TempData["Notice"] = "Device " + Serial + " is registered to your account. Now sign in with Amazon so it can order.";
                return Redirect("/Devices");
            case ClaimResult.OwnedByAnother:
                return Refuse("This device is registered to another account. Its owner must remove it first (My devices, Remove).");
            default:
                return Refuse("The serial or the claim code is wrong. Check the label and type them again.");
        }
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = 400;
        return Page();
    }
}
