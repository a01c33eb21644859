namespace DeviceFirmware.Tests.Config
{
    /// <summary>
    /// The text of the repository's /nf.config (the local sandbox setup), kept here because the
    /// device test runner cannot read files. A host test checks that the two stay identical.
    /// </summary>
    public static class SampleConfig
    {
        /// <summary>Exactly the content of /nf.config (LF line endings).</summary>
        public const string Text =
            "# nf.config: configuration of DeviceFirmware (every key, default and limit: docs/nf-config.md).\n" +
            "# This copy targets the local LWA + DRS sandbox on 127.0.0.1:5000.\n" +
            "# Secrets (tokens, Wi-Fi credentials) never live in this file.\n" +
            "# Full-line comments only (they start with # or ;): a value may contain '#'.\n" +
            "\n" +
            "[device]\n" +
            "# DRS device model ID from the Dash Replenishment developer console (1..64 of A-Z a-z 0-9 - + _).\n" +
            "# A real device uses the model ID Amazon registered for the appliance.\n" +
            "model = DeviceFirmwareSim\n" +
            "# mac = derive the serial from the chip's MAC at boot (default); or a literal serial, same rule as model.\n" +
            "serial = mac\n" +
            "\n" +
            "[lwa]\n" +
            "# A real device uses the default: token_url = https://api.amazon.com/auth/o2/token\n" +
            "# http is accepted only for loopback hosts (127.0.0.1 localhost [::1]).\n" +
            "token_url = http://127.0.0.1:5000/auth/o2/token\n" +
            "\n" +
            "[drs]\n" +
            "# A real device uses the default: base_url = https://dash-replenishment-service-na.amazon.com\n" +
            "base_url = http://127.0.0.1:5000\n" +
            "\n" +
            "[pkce]\n" +
            "# S256 (default; a real device uses it) or plain, exact case.\n" +
            "method = S256\n" +
            "# Length of the PKCE code verifier: 43..128 (default 43).\n" +
            "verifier_length = 43\n";
    }
}
