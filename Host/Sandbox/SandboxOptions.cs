using System;
using System.Collections.Generic;
using DeviceFirmware.Sandbox.Time;

namespace DeviceFirmware.Sandbox
{
    /// <summary>
    /// How a sandbox behaves. Read once by <see cref="SandboxServer.Start"/> (later changes to this
    /// object do not reach a running server); the defaults suit the simulator.
    /// </summary>
    public sealed class SandboxOptions
    {
        /// <summary>The client ID registered by default (a security profile of the companion app).</summary>
        public const string DefaultClientId = "amzn1.application-oa2-client.sandbox0devicefirmware";

        /// <summary>The redirect URI registered by default for <see cref="DefaultClientId"/> (the LWA Android SDK's amzn://package form).</summary>
        public const string DefaultRedirectUri = "amzn://com.devicefirmware.companion";

        /// <summary>The test user the sandbox signs in and auto-approves.</summary>
        public const string DefaultTestUserId = "amzn1.account.SANDBOXTESTUSER";

        /// <summary>Longest hold of a request (timeout and slow faults): the server never holds one longer.</summary>
        public static readonly TimeSpan HoldCap = TimeSpan.FromSeconds(30);

        /// <summary>TCP port on 127.0.0.1 (or <see cref="Https"/>'s address); 0 (default) picks a free one (read it from <see cref="SandboxServer.BaseUrl"/>).</summary>
        public int Port { get; set; }

        /// <summary>The clock for lifetimes, expiry, delivery and log times; null (default) is the wall clock.</summary>
        public ISandboxClock Clock { get; set; }

        /// <summary>Registered LWA clients; by default one: <see cref="DefaultClientId"/> with <see cref="DefaultRedirectUri"/>.</summary>
        public IList<SandboxClient> Clients { get; } = new List<SandboxClient> { new SandboxClient(DefaultClientId, DefaultRedirectUri) };

        /// <summary>The user the authorize endpoint signs in and auto-approves.</summary>
        public string TestUserId { get; set; } = DefaultTestUserId;

        /// <summary>When true the test user declines consent: the authorize endpoint redirects with error=access_denied.</summary>
        public bool DenyConsent { get; set; }

        /// <summary>How long an authorization code can be exchanged (default 5 minutes, LWA's; RFC 6749 section 4.1.2 says at most 10).</summary>
        public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>How long an access token is accepted (default 3600 s, LWA's).</summary>
        public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromSeconds(3600);

        /// <summary>When true every refresh returns a new refresh token and invalidates the one presented (rotation).</summary>
        public bool RotateRefreshTokens { get; set; }

        /// <summary>
        /// When true (default) presenting a refresh token that rotation already replaced revokes its whole
        /// token family (RFC 9700 section 4.14.2 reuse detection); when false it is only invalid_grant.
        /// </summary>
        public bool RevokeFamilyOnRefreshTokenReuse { get; set; } = true;

        /// <summary>When true (default) a refresh response without rotation repeats the refresh token; when false it omits it.</summary>
        public bool RefreshResponseRepeatsRefreshToken { get; set; } = true;

        /// <summary>When true the token response sends expires_in as a JSON string ("3600"), as one LWA document shows.</summary>
        public bool ExpiresInAsString { get; set; }

        /// <summary>Random bytes in each token (default 256: tokens of about 360 characters; LWA allows up to 2048 bytes).</summary>
        public int TokenRandomBytes { get; set; } = 256;

        /// <summary>The slots every new registration starts with; by default slot1, subscribed.</summary>
        public IList<SandboxSlot> Slots { get; } = new List<SandboxSlot> { new SandboxSlot("slot1") };

        /// <summary>
        /// Orders count as delivered this long after they were placed, on <see cref="Clock"/>; null (default):
        /// only when <see cref="SandboxServer.DeliverOrder"/> or <see cref="SandboxServer.DeliverAllOrders"/> says so.
        /// </summary>
        public TimeSpan? DeliveryDelay { get; set; }

        /// <summary>Delay of a slow fault that names none (default 2 s, real time).</summary>
        public TimeSpan DefaultSlowDelay { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>
        /// A state file written by <see cref="SandboxServer.SaveState"/> to resume from: registrations, token
        /// families, refresh and unexpired access tokens, subscriptions and orders come back, so a device
        /// holding a refresh token from an earlier run can refresh. Null (default): a fresh start. A path
        /// whose file does not exist is a fresh start too; a file that is not a valid state file for these
        /// options (for example one naming a slot <see cref="Slots"/> lacks) makes the start throw
        /// <see cref="System.IO.InvalidDataException"/>, naming the file and the problem.
        /// </summary>
        public string StatePath { get; set; }

        /// <summary>Hold of a timeout fault that names none (default and maximum <see cref="HoldCap"/>, real time).</summary>
        public TimeSpan DefaultTimeoutHold { get; set; } = HoldCap;

        /// <summary>
        /// Null (default): plain HTTP on 127.0.0.1. Set: HTTPS on that address of this machine with that
        /// certificate (LAN bring-up, <see cref="Tls.BringUpCertificates"/>), still on <see cref="Port"/>.
        /// </summary>
        public Tls.SandboxHttps Https { get; set; }
    }
}
