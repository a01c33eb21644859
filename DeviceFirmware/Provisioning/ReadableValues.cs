using DeviceFirmware.Auth;
using DeviceFirmware.Codec;

namespace DeviceFirmware.Provisioning
{
    /// <summary>Encodes the info and challenge characteristics (TLV, docs/provisioning-protocol.md, Readable values).</summary>
    public static class ReadableValues
    {
        /// <summary>Protocol version this firmware speaks: 2 since the web-app flow (Info tag 0x06; docs/provisioning-protocol.md).</summary>
        public const byte ProtocolVersion = 2;

        /// <summary>Info tag: protocol version (1 byte).</summary>
        public const byte TagProtocolVersion = 0x01;

        /// <summary>Info tag: DRS device model ID (ASCII).</summary>
        public const byte TagDeviceModel = 0x02;

        /// <summary>Info tag: device serial (ASCII).</summary>
        public const byte TagSerial = 0x03;

        /// <summary>Info tag: firmware version (ASCII).</summary>
        public const byte TagFirmwareVersion = 0x04;

        /// <summary>Info tag: pairing mode (1 byte: 0 Just Works, 1 passkey).</summary>
        public const byte TagPairing = 0x05;

        /// <summary>Info tag: flow (1 byte: 0 companion, 1 web-app).</summary>
        public const byte TagFlow = 0x06;

        /// <summary>Flow value: companion app (the app writes the LWA code, redirect URI and client ID).</summary>
        public const byte FlowCompanion = 0;

        /// <summary>Flow value: web application (Wi-Fi only over BLE; the user registers the device on the web).</summary>
        public const byte FlowWebApp = 1;

        /// <summary>Challenge tag: attempt number (1 byte, 0 when there is no challenge).</summary>
        public const byte TagAttempt = 0x10;

        /// <summary>Challenge tag: code_challenge_method (ASCII "S256" or "plain").</summary>
        public const byte TagMethod = 0x11;

        /// <summary>Challenge tag: code_challenge (ASCII, 43..128 characters).</summary>
        public const byte TagChallenge = 0x12;

        /// <summary>Pairing mode value: Just Works (no passkey).</summary>
        public const byte PairingJustWorks = 0;

        /// <summary>Pairing mode value: passkey entry (the device's display or label shows it).</summary>
        public const byte PairingPasskey = 1;

        /// <summary>The info value.</summary>
        /// <param name="profile">The device profile.</param>
        /// <returns>TLV bytes.</returns>
        public static byte[] Info(ProvisioningProfile profile)
        {
            return Tlv.Encode(
                new byte[] { TagProtocolVersion, TagDeviceModel, TagSerial, TagFirmwareVersion, TagPairing, TagFlow },
                new byte[][]
                {
                    new byte[] { ProtocolVersion },
                    AsciiText.GetBytes(profile.DeviceModel),
                    AsciiText.GetBytes(profile.Serial),
                    AsciiText.GetBytes(profile.FirmwareVersion),
                    new byte[] { profile.PasskeyRequired ? PairingPasskey : PairingJustWorks },
                    new byte[] { profile.WebAppFlow ? FlowWebApp : FlowCompanion },
                });
        }

        /// <summary>The challenge value of an attempt.</summary>
        /// <param name="attempt">Attempt number, 1..255.</param>
        /// <param name="method">The PKCE method.</param>
        /// <param name="challenge">The code challenge.</param>
        /// <returns>TLV bytes.</returns>
        public static byte[] Challenge(byte attempt, PkceMethod method, string challenge)
        {
            return Tlv.Encode(
                new byte[] { TagAttempt, TagMethod, TagChallenge },
                new byte[][]
                {
                    new byte[] { attempt },
                    AsciiText.GetBytes(PkceMethodNames.ToWireName(method)),
                    AsciiText.GetBytes(challenge),
                });
        }

        /// <summary>The challenge value of an attempt in the web-app flow: the attempt only (no PKCE there).</summary>
        /// <param name="attempt">Attempt number, 1..255.</param>
        /// <returns>TLV bytes with the attempt tag only.</returns>
        public static byte[] AttemptOnly(byte attempt)
        {
            return Tlv.Encode(new byte[] { TagAttempt }, new byte[][] { new byte[] { attempt } });
        }

        /// <summary>The challenge value while there is none (window closed, provisioned, resetting).</summary>
        /// <returns>TLV bytes with attempt 0 only.</returns>
        public static byte[] NoChallenge()
        {
            return Tlv.Encode(new byte[] { TagAttempt }, new byte[][] { new byte[] { 0 } });
        }
    }
}
