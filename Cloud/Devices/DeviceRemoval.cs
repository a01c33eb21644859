using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Drs;
using DeviceFirmware.Cloud.Tokens;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Devices;

/// <summary>
/// Removes a device from its owner: DRS deregistration first (while the tokens still work), then the tokens
/// are deleted and the device released. When Amazon cannot be reached nothing changes, so the user can retry.
/// </summary>
public sealed class DeviceRemoval
{
    private readonly CloudDbContext _db;
    private readonly AccessTokenSource _tokens;
    private readonly GrantStore _grants;
    private readonly DrsClient _drs;
    private readonly ILogger<DeviceRemoval> _log;

    /// <summary>A removal on <paramref name="db"/>.</summary>
    public DeviceRemoval(CloudDbContext db, AccessTokenSource tokens, GrantStore grants, DrsClient drs, ILogger<DeviceRemoval> log)
    {
        _db = db;
        _tokens = tokens;
        _grants = grants;
        _drs = drs;
        _log = log;
    }

    /// <summary>True when removed; false when Amazon could not be reached (nothing changed).</summary>
    public async Task<bool> RemoveAsync(Device device, CancellationToken cancel)
    {
        string? rejected = null;
        for (int attempt = 0; attempt < 2; attempt++)
        {
            AccessTokenResult token = await _tokens.GetAsync(device.Id, rejected, cancel);
            if (token.Status == AccessTokenStatus.SignInRequired)
            {
                break; // no tokens: nothing to deregister with (Amazon dropped them already)
            }

            if (token.Status != AccessTokenStatus.Ok)
            {
                return false;
            }

            DrsAnswer answer = await _drs.DeregisterAsync(token.AccessToken!, cancel);
            if (answer.Kind == DrsAnswerKind.InvalidToken && attempt == 0)
            {
                rejected = token.AccessToken;
                continue;
            }

            if (answer.Kind is DrsAnswerKind.Failed or DrsAnswerKind.RateLimited)
            {
                _log.LogWarning("Device {DeviceId}: DRS deregistration failed: {Problem}", device.Id, answer.Description);
                return false;
            }

            break; // Ok, or DRS no longer knows the device: either way it is deregistered
        }

        await _grants.DeleteAsync(device.Id, signInRequired: false, cancel);
        await _db.Devices.Where(d => d.Id == device.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.OwnerAccountId, (long?)null).SetProperty(d => d.RegisteredAtMs, (long?)null), cancel);
        _log.LogInformation("Device {DeviceId} removed by its owner", device.Id);
        return true;
    }
}
