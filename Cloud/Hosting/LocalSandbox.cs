using System.Security.Cryptography;
using DeviceFirmware.Sandbox;

namespace DeviceFirmware.Cloud.Hosting;

/// <summary>
/// The default when no Amazon client is configured: the repository's LWA + DRS sandbox in-process, with the web
/// application registered as a confidential client (a fresh secret per run; its loopback redirect on any port).
/// </summary>
public static class LocalSandbox
{
    /// <summary>The client ID the web application has with the sandbox.</summary>
    public const string ClientId = "amzn1.application-oa2-client.cloudsandbox";

    /// <summary>Starts the sandbox and points <paramref name="settings"/> at it.</summary>
    /// <param name="settings">Filled with the sandbox's endpoints and the client.</param>
    /// <param name="configure">More sandbox options (tests: a clock, rotation, slots); may be null.</param>
    /// <returns>The running sandbox (dispose it after the web application).</returns>
    public static SandboxServer Start(CloudSettings settings, Action<SandboxOptions>? configure = null)
    {
        string secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var options = new SandboxOptions();
        options.Clients.Add(SandboxClient.Confidential(ClientId, secret, true, "http://127.0.0.1/signin-amazon", "http://localhost/signin-amazon"));
        configure?.Invoke(options);
        SandboxServer sandbox = SandboxServer.Start(options);
        settings.Lwa.ClientId = ClientId;
        settings.Lwa.ClientSecret = secret;
        settings.Lwa.AuthorizeUrl = sandbox.AuthorizeUrl;
        settings.Lwa.TokenUrl = sandbox.TokenUrl;
        settings.DrsBaseUrl = sandbox.BaseUrl;
        return sandbox;
    }
}
