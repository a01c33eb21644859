using System;
using System.Threading.Tasks;
using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using DeviceFirmware.Drs;
using DeviceFirmware.Host.Platform;
using DeviceFirmware.HostTests.Sandbox;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Retry;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;

namespace DeviceFirmware.HostTests.Replenishment
{
    /// <summary>
    /// The firmware's replenishment stack as the simulator wires it (host HTTP transport, real LWA
    /// client, keeper, vault, DRS client, policy) talking to the in-process sandbox over 127.0.0.1,
    /// with the device clock kept on the sandbox clock. Slot "coffee" is the sandbox's slot1.
    /// </summary>
    internal sealed class DeviceUnderTest : IDisposable
    {
        private readonly SandboxKit _kit;
        private readonly DotNetHttpTransport _transport = new DotNetHttpTransport(TimeSpan.FromSeconds(10));
        private AccessTokenKeeper _keeper;

        private DeviceUnderTest(SandboxKit kit)
        {
            _kit = kit;
            Flash = new MemoryFlashStore();
            Log = new RecordingLog();
            Sensor = new LevelSensor();
            Boot();
        }

        public MemoryFlashStore Flash { get; }

        public RecordingLog Log { get; }

        public LevelSensor Sensor { get; }

        public TokenVault Vault { get; private set; }

        public ReplenishmentPolicy Policy { get; private set; }

        public DateTime Now => _kit.Clock.UtcNow.UtcDateTime;

        /// <summary>Provisions through the app flow (authorize with S256) and the device's code exchange.</summary>
        public static async Task<DeviceUnderTest> ProvisionAsync(SandboxKit kit)
        {
            DeviceUnderTest device = new DeviceUnderTest(kit);
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));
            device._keeper.CompleteProvisioning(device.Now, kit.Server.TokenUrl, SandboxKit.ClientId, code, SandboxKit.RedirectUri, CodeVerifier.FromText(verifier));
            return device;
        }

        /// <summary>Sets the level, runs the policy, then lets a minute pass on both clocks.</summary>
        public void Reading(double percent)
        {
            Sensor.Set(0, percent);
            Policy.Tick(Now);
            _kit.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        public void Readings(params double[] levels)
        {
            foreach (double level in levels)
            {
                Reading(level);
            }
        }

        /// <summary>A restart: RAM lost, flash kept.</summary>
        public void Boot()
        {
            OsRandomSource random = new OsRandomSource();
            Vault = new TokenVault(Flash, Log);
            _keeper = new AccessTokenKeeper(new LwaClient(_transport, Log), Vault, new BackoffPolicy(random), Log);
            DrsClient client = new DrsClient(_transport, _keeper, Vault, _kit.Server.BaseUrl, Log);
            SupplySlotSettings slot = new SupplySlotSettings("coffee", "slot1", 0, 1000, 3000, 20, 60, 3, 60, 500, "g");
            Policy = new ReplenishmentPolicy(new[] { slot }, Sensor, client, new EpisodeStore(Flash, Log), random, Log);
        }

        public void Dispose() => _transport.Dispose();
    }
}
