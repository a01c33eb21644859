using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Retry;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>
    /// An <see cref="AccessTokenKeeper"/> wired to fakes: a scripted LWA, a real
    /// <see cref="TokenVault"/> over flash in RAM that can be told to fail writes, one log for
    /// everything, and backoff without jitter (every draw lands on the nominal delay).
    /// </summary>
    public sealed class KeeperRig
    {
        /// <summary>When the tests start.</summary>
        public static readonly DateTime Start = new DateTime(2025, 3, 1, 8, 0, 0);

        /// <summary>Builds the rig, not provisioned.</summary>
        public KeeperRig()
        {
            Http = new ScriptedHttpTransport();
            Memory = new MemoryFlashStore();
            Flash = new WriteFailingFlashStore(Memory);
            Log = new RecordingLog();
            Vault = new TokenVault(Flash, Log);

            // 0x8000 gives a jitter factor of exactly 1.000.
            BackoffPolicy backoff = new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x80, 0x00 }));
            Keeper = new AccessTokenKeeper(new LwaClient(Http, Log), Vault, backoff, Log);
        }

        /// <summary>The scripted LWA.</summary>
        public ScriptedHttpTransport Http { get; private set; }

        /// <summary>The flash contents.</summary>
        public MemoryFlashStore Memory { get; private set; }

        /// <summary>The flash as the vault sees it (writes can be made to fail).</summary>
        public WriteFailingFlashStore Flash { get; private set; }

        /// <summary>The one log of LWA client, vault and keeper.</summary>
        public RecordingLog Log { get; private set; }

        /// <summary>The vault.</summary>
        public TokenVault Vault { get; private set; }

        /// <summary>The keeper under test.</summary>
        public AccessTokenKeeper Keeper { get; private set; }

        /// <summary>A rig provisioned at <see cref="Start"/> with AccessToken / RefreshToken valid 3600 s.</summary>
        public static KeeperRig Provisioned()
        {
            KeeperRig rig = new KeeperRig();
            rig.Http.Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken, LwaTestData.RefreshToken, "3600"));
            rig.Provision(Start);
            return rig;
        }

        /// <summary>Runs the code exchange with the test data (the response must be scripted).</summary>
        public void Provision(DateTime now)
        {
            Keeper.CompleteProvisioning(now, LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, CodeVerifier.FromText(LwaTestData.Verifier));
        }

        /// <summary>Start plus some seconds.</summary>
        public static DateTime At(int seconds)
        {
            return Start + TimeSpan.FromTicks(seconds * TimeSpan.TicksPerSecond);
        }

        /// <summary>Calls BeginCall and returns the failure, or null when a token came back.</summary>
        public TokenUnavailableException FailureOfBeginCall(DateTime now)
        {
            try
            {
                Keeper.BeginCall(now);
                return null;
            }
            catch (TokenUnavailableException e)
            {
                return e;
            }
        }
    }
}
