using System;
using System.Collections.Generic;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Simulator
{
    /// <summary>What a <see cref="SimulationRun"/> runs: configuration, peers, faults, duration, flash.</summary>
    public sealed class SimulationSettings
    {
        /// <summary>The nf.config text (the embedded copy by default).</summary>
        public string ConfigText { get; set; }

        /// <summary>Where the nf.config came from, for the story.</summary>
        public string ConfigSource { get; set; } = "embedded nf.config";

        /// <summary>An external LWA token endpoint; with it or <see cref="DrsUrl"/> no sandbox is started.</summary>
        public string LwaTokenUrl { get; set; }

        /// <summary>An external DRS base URL.</summary>
        public string DrsUrl { get; set; }

        /// <summary>The authorize endpoint the app logs in at (external runs; default: the token URL's origin + /ap/oa).</summary>
        public string AuthorizeUrl { get; set; }

        /// <summary>Use the configuration's URLs as they are (no sandbox).</summary>
        public bool External { get; set; }

        /// <summary>The app's LWA client ID.</summary>
        public string ClientId { get; set; } = SandboxOptions.DefaultClientId;

        /// <summary>The app's redirect URI.</summary>
        public string RedirectUri { get; set; } = SandboxOptions.DefaultRedirectUri;

        /// <summary>The home Wi-Fi network.</summary>
        public string WifiSsid { get; set; } = "SimHome-2G";

        /// <summary>Its password (a secret: never printed).</summary>
        public string WifiPassword { get; set; } = "sim-wifi-passphrase-42";

        /// <summary>Faults to arm before the run.</summary>
        public List<FaultSpec> Faults { get; } = new List<FaultSpec>();

        /// <summary>A flash folder kept between runs; null: a temporary one.</summary>
        public string FlashDir { get; set; }

        /// <summary>A flash store to use instead of a folder (tests: memory, power cuts).</summary>
        public IFlashStore Flash { get; set; }

        /// <summary>Seed of the device's random source and of the supply curve.</summary>
        public int Seed { get; set; } = 1;

        /// <summary>How fast a slot drains, percent per day.</summary>
        public double PercentPerDay { get; set; } = 20;

        /// <summary>Orders arrive this long after they are placed (sandbox delivery).</summary>
        public TimeSpan DeliveryDelay { get; set; } = TimeSpan.FromDays(2);

        /// <summary>Soak: power-cycle the device this often.</summary>
        public TimeSpan RebootEvery { get; set; } = TimeSpan.FromDays(7);

        /// <summary>HTTP timeout of the device's transport.</summary>
        public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>Extra sandbox options (tests).</summary>
        public Action<SandboxOptions> ConfigureSandbox { get; set; }

        /// <summary>Firmware log lines are printed exactly as the serial console shows them (no plain-words rewording).</summary>
        public bool RawLog { get; set; }

        /// <summary>Firmware info lines are not printed (the soak).</summary>
        public bool Quiet { get; set; }

        /// <summary>
        /// A sandbox already running to use instead of starting one (the web-app story: the web application's,
        /// whose confidential client it knows); the run reads its orders but does not stop it.
        /// </summary>
        public SandboxServer Sandbox { get; set; }

        /// <summary>True when the in-process sandbox serves LWA and DRS.</summary>
        public bool UsesSandbox => LwaTokenUrl == null && DrsUrl == null && !External;
    }
}
