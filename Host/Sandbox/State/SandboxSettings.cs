using System;
using System.Collections.Generic;
using DeviceFirmware.Sandbox.Time;

namespace DeviceFirmware.Sandbox.State
{
    /// <summary>A validated, private copy of <see cref="SandboxOptions"/>, taken when the server starts.</summary>
    internal sealed class SandboxSettings
    {
        private SandboxSettings()
        {
        }

        public int Port { get; private set; }

        public ISandboxClock Clock { get; private set; }

        public IReadOnlyDictionary<string, SandboxClient> Clients { get; private set; }

        public string TestUserId { get; private set; }

        public bool DenyConsent { get; private set; }

        public TimeSpan AuthorizationCodeLifetime { get; private set; }

        public TimeSpan AccessTokenLifetime { get; private set; }

        public bool RotateRefreshTokens { get; private set; }

        public bool RevokeFamilyOnRefreshTokenReuse { get; private set; }

        public bool RefreshResponseRepeatsRefreshToken { get; private set; }

        public bool ExpiresInAsString { get; private set; }

        public int TokenRandomBytes { get; private set; }

        public IReadOnlyList<SandboxSlot> Slots { get; private set; }

        public TimeSpan? DeliveryDelay { get; private set; }

        public TimeSpan DefaultSlowDelay { get; private set; }

        public TimeSpan DefaultTimeoutHold { get; private set; }

        public string StatePath { get; private set; }

        /// <summary>Checks <paramref name="options"/> and copies it; throws <see cref="ArgumentException"/> naming the bad option.</summary>
        public static SandboxSettings From(SandboxOptions options)
        {
            if (options.Port < 0 || options.Port > 65535)
            {
                throw new ArgumentException("Port must be 0..65535 (0 picks a free port), not " + options.Port + ".", nameof(options));
            }

            Positive(options.AuthorizationCodeLifetime, nameof(options.AuthorizationCodeLifetime));
            Positive(options.AccessTokenLifetime, nameof(options.AccessTokenLifetime));
            Hold(options.DefaultSlowDelay, nameof(options.DefaultSlowDelay));
            Hold(options.DefaultTimeoutHold, nameof(options.DefaultTimeoutHold));
            if (options.DeliveryDelay.HasValue && options.DeliveryDelay.Value < TimeSpan.Zero)
            {
                throw new ArgumentException("DeliveryDelay must not be negative.", nameof(options));
            }

            // 1400 random bytes are 1868 base64 characters: the whole token stays under LWA's 2048 bytes.
            if (options.TokenRandomBytes < 16 || options.TokenRandomBytes > 1400)
            {
                throw new ArgumentException("TokenRandomBytes must be 16..1400 (tokens stay under LWA's 2048 bytes), not " + options.TokenRandomBytes + ".", nameof(options));
            }

            if (string.IsNullOrEmpty(options.TestUserId))
            {
                throw new ArgumentException("TestUserId must not be empty.", nameof(options));
            }

            var clients = new Dictionary<string, SandboxClient>(StringComparer.Ordinal);
            foreach (SandboxClient client in options.Clients)
            {
                if (client == null || !clients.TryAdd(client.ClientId, client))
                {
                    throw new ArgumentException("Clients must be non-null with distinct client IDs.", nameof(options));
                }
            }

            var slotIds = new HashSet<string>(StringComparer.Ordinal);
            var slots = new List<SandboxSlot>();
            foreach (SandboxSlot slot in options.Slots)
            {
                if (slot == null || !slotIds.Add(slot.SlotId))
                {
                    throw new ArgumentException("Slots must be non-null with distinct slot IDs.", nameof(options));
                }

                slots.Add(slot);
            }

            return new SandboxSettings
            {
                Port = options.Port,
                Clock = options.Clock ?? SystemSandboxClock.Instance,
                Clients = clients,
                TestUserId = options.TestUserId,
                DenyConsent = options.DenyConsent,
                AuthorizationCodeLifetime = options.AuthorizationCodeLifetime,
                AccessTokenLifetime = options.AccessTokenLifetime,
                RotateRefreshTokens = options.RotateRefreshTokens,
                RevokeFamilyOnRefreshTokenReuse = options.RevokeFamilyOnRefreshTokenReuse,
                RefreshResponseRepeatsRefreshToken = options.RefreshResponseRepeatsRefreshToken,
                ExpiresInAsString = options.ExpiresInAsString,
                TokenRandomBytes = options.TokenRandomBytes,
                Slots = slots.AsReadOnly(),
                DeliveryDelay = options.DeliveryDelay,
                DefaultSlowDelay = options.DefaultSlowDelay,
                DefaultTimeoutHold = options.DefaultTimeoutHold,
                StatePath = string.IsNullOrEmpty(options.StatePath) ? null : System.IO.Path.GetFullPath(options.StatePath),
            };
        }

        private static void Positive(TimeSpan value, string name)
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentException(name + " must be positive.", name);
            }
        }

        private static void Hold(TimeSpan value, string name)
        {
            if (value < TimeSpan.Zero || value > SandboxOptions.HoldCap)
            {
                throw new ArgumentException(name + " must be 0.." + SandboxOptions.HoldCap.TotalSeconds + " s.", name);
            }
        }
    }
}
