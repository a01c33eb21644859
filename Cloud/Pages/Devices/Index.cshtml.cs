using DeviceFirmware.Cloud.Accounts;
using DeviceFirmware.Cloud.Devices;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeviceFirmware.Cloud.Pages.Devices;

/// <summary>My devices: each device's registration, last contact, slot levels and last orders.</summary>
public sealed class IndexModel : PageModel
{
    private readonly DeviceRegistry _registry;

    /// <summary>A page on <paramref name="registry"/>.</summary>
    public IndexModel(DeviceRegistry registry) => _registry = registry;

    /// <summary>The account's devices.</summary>
    public IReadOnlyList<DeviceView> Devices { get; private set; } = [];

    /// <summary>A message after an action (TempData).</summary>
    public string? Notice { get; private set; }

    /// <summary>Loads the devices.</summary>
    public async Task OnGetAsync(CancellationToken cancel)
    {
        Notice = TempData["Notice"] as string;
        Devices = await _registry.OverviewAsync(AccountService.IdOf(User), cancel);
    }
}
