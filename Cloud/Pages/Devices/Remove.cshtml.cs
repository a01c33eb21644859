using DeviceFirmware.Cloud.Accounts;
using DeviceFirmware.Cloud.Devices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeviceFirmware.Cloud.Pages.Devices;

/// <summary>Remove: DRS deregistration, then tokens deleted and the device released (confirmation, then POST).</summary>
public sealed class RemoveModel : PageModel
{
    private readonly DeviceRegistry _registry;
    private readonly DeviceRemoval _removal;

    /// <summary>A page with these services.</summary>
    public RemoveModel(DeviceRegistry registry, DeviceRemoval removal)
    {
        _registry = registry;
        _removal = removal;
    }

    /// <summary>The device's serial.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Serial { get; set; }

    /// <summary>Whether the account owns it.</summary>
    public bool Found { get; private set; }

    /// <summary>Why it was not removed.</summary>
    public string? Problem { get; private set; }

    /// <summary>Asks for confirmation.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        Found = await _registry.FindOwnedAsync(AccountService.IdOf(User), Serial, cancel) != null;
        return Found ? Page() : NotYours();
    }

    /// <summary>Removes it.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        Data.Device? device = await _registry.FindOwnedAsync(AccountService.IdOf(User), Serial, cancel);
        if (device == null)
        {
            return NotYours();
        }

        if (!await _removal.RemoveAsync(device, cancel))
        {
            Found = true;
            Problem = "Amazon could not be reached to deregister the device. Nothing was changed; try again in a few minutes.";
            Response.StatusCode = 503;
            return Page();
        }

        TempData["Notice"] = "Device " + Serial + " was removed: deregistered from Amazon, its sign-in deleted.";
        return Redirect("/Devices");
    }

    private PageResult NotYours()
    {
        Problem = "No device with this serial is registered to your account.";
        Response.StatusCode = 400;
        return Page();
    }
}
