namespace DeviceFirmware.Companion
{
    /// <summary>
    /// How <see cref="CompanionServer.Start"/> serves the page. Read once, at the start. The overrides
    /// change only the served copy of wwwroot/companion.config.json, never the file.
    /// </summary>
    public sealed class CompanionServerOptions
    {
        /// <summary>TCP port on 127.0.0.1 for the page; 0 (default) picks a free one (read it from <see cref="CompanionServer.Url"/>).</summary>
        public int Port { get; set; }

        /// <summary>
        /// When true, an LWA + DRS sandbox is started too, with one client (<see cref="ClientId"/>, or the
        /// sandbox's default client ID) whose only redirect URI is the page's return URL, and the served
        /// config names the sandbox's authorize endpoint.
        /// </summary>
        public bool StartSandbox { get; set; }

        /// <summary>TCP port of the sandbox on 127.0.0.1 (only with <see cref="StartSandbox"/>); 0 picks a free one.</summary>
        public int SandboxPort { get; set; }

        /// <summary>Served instead of the file's <c>authorizeUrl</c>; null keeps the file's. Ignored with <see cref="StartSandbox"/> (the sandbox's is served).</summary>
        public string AuthorizeUrl { get; set; }

        /// <summary>Served instead of the file's <c>clientId</c>; null keeps the file's (with <see cref="StartSandbox"/>: the sandbox's default client ID).</summary>
        public string ClientId { get; set; }

        /// <summary>Served instead of the file's <c>testDevice</c>; null keeps the file's.</summary>
        public bool? TestDevice { get; set; }

        /// <summary>Served instead of the file's <c>webAppUrl</c>; null keeps the file's.</summary>
        public string WebAppUrl { get; set; }

        /// <summary>When true the served <c>returnUrl</c> is <see cref="CompanionServer.Url"/> + "/callback.html", whatever port was bound.</summary>
        public bool ReturnUrlFromOrigin { get; set; }
    }
}
