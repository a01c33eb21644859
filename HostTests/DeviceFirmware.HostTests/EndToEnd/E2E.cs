using System;
using System.Linq;
using DeviceFirmware.App;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Simulator;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using Xunit;

namespace DeviceFirmware.HostTests.EndToEnd
{
    /// <summary>Helpers of the end-to-end tests: a silent simulation over memory flash, and the checks every run ends with.</summary>
    internal static class E2E
    {
        public static SimulationRun Silent(MemoryFlashStore memory, Action<SimulationSettings> configure = null)
        {
            var settings = new SimulationSettings { Flash = memory ?? new MemoryFlashStore() };
            configure?.Invoke(settings);
            return new SimulationRun(settings, null);
        }

        public static SimulationRun Silent(IFlashStore flash)
        {
            return new SimulationRun(new SimulationSettings { Flash = flash }, null);
        }

        /// <summary>Starts the world and provisions through BLE and the sandbox; the device ends operating.</summary>
        public static void StartProvisioned(SimulationRun run)
        {
            run.Start();
            run.PowerOn();
            Assert.True(run.RunUntil(() => run.App.Mode == FirmwareMode.Operating, TimeSpan.FromMinutes(15)), "device not operating after provisioning");
        }

        public static bool TokensOn(MemoryFlashStore memory) => new TokenVault(memory, new RecordingLog()).Load() != null;

        public static bool OrderedOnFlash(MemoryFlashStore memory) =>
            new EpisodeStore(memory, new RecordingLog()).Load().Any(e => e.Phase == SlotPhase.Ordered);

        /// <summary>No secret the run knows of reached the firmware's log.</summary>
        public static void NoSecretLogged(SimulationRun run, SimulationSettings settings = null)
        {
            string password = (settings ?? new SimulationSettings()).WifiPassword;
            Assert.DoesNotContain(run.Log.Lines, l => l.Contains(password, StringComparison.Ordinal));
            if (run.Companion.LastCode != null)
            {
                Assert.DoesNotContain(run.Log.Lines, l => l.Contains(run.Companion.LastCode, StringComparison.Ordinal));
            }

            Assert.DoesNotContain(run.Log.Lines, l => l.Contains("Atza|", StringComparison.Ordinal) || l.Contains("Atzr|", StringComparison.Ordinal));
        }
    }
}
