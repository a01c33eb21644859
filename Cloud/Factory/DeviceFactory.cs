using System.Security.Cryptography;
using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Tokens;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Factory;

/// <summary>Makes units: a random 32-byte device key (stored encrypted) and a claim code (stored hashed) per serial.</summary>
public sealed class DeviceFactory
{
    private readonly CloudDbContext _db;
    private readonly SecretProtector _secrets;
    private readonly TimeProvider _time;

    /// <summary>A factory on <paramref name="db"/>.</summary>
    public DeviceFactory(CloudDbContext db, SecretProtector secrets, TimeProvider time)
    {
        _db = db;
        _secrets = secrets;
        _time = time;
    }

    /// <summary>Adds the units in one transaction (all or none); throws <see cref="InvalidOperationException"/> when a serial exists already.</summary>
    /// <returns>Per serial, its key and claim code, for the files the board and the label get.</returns>
    public async Task<IReadOnlyList<MadeDevice>> AddAsync(string model, IReadOnlyList<string> serials, bool isTestDevice, CancellationToken cancel)
    {
        List<string> existing = await _db.Devices.Where(d => serials.Contains(d.Serial)).Select(d => d.Serial).ToListAsync(cancel);
        if (existing.Count > 0)
        {
            throw new InvalidOperationException("these serials exist already: " + string.Join(", ", existing));
        }

        var made = new List<MadeDevice>();
        long now = UnixTime.NowMs(_time);
        foreach (string serial in serials)
        {
            byte[] key = RandomNumberGenerator.GetBytes(32);
            string claimCode = ClaimCode.New();
            _db.Devices.Add(new Device
            {
                Serial = serial,
                Model = model,
                IsTestDevice = isTestDevice,
                ProtectedKey = _secrets.Protect(SecretKind.DeviceKey, Convert.ToHexStringLower(key)),
                ClaimCodeHash = ClaimCode.Hash(claimCode),
                CreatedAtMs = now,
            });
            made.Add(new MadeDevice(serial, key, claimCode));
        }

        await _db.SaveChangesAsync(cancel);
        _db.ChangeTracker.Clear();
        return made;
    }
}
