namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// The last-error byte of the status characteristic (docs/provisioning-protocol.md, Errors).
    /// 0x01-0x7F: outcomes of the work after a commit, reported in the status only.
    /// 0x80-0x9F: protocol errors, answered as the ATT error of the write that caused them (the
    /// application error range of Bluetooth Core Vol 3 Part F 3.4.1.1) and also kept in the status.
    /// A refused write never changes anything but this byte.
    /// </summary>
    public static class ProvisioningErrors
    {
        /// <summary>No error.</summary>
        public const byte None = 0x00;

        /// <summary>The access point refused the password (4-way handshake failed). Send the password again, then commit.</summary>
        public const byte WifiWrongPassword = 0x01;

        /// <summary>No access point with that SSID answered. Check the SSID (2.4 GHz only), then commit.</summary>
        public const byte WifiNetworkNotFound = 0x02;

        /// <summary>Associated but DHCP gave no address. Commit again or use another network.</summary>
        public const byte WifiNoIpAddress = 0x03;

        /// <summary>Joining failed for another reason. Commit again.</summary>
        public const byte WifiFailed = 0x04;

        /// <summary>On Wi-Fi but SNTP failed: no internet. Commit again once the network has internet.</summary>
        public const byte TimeSyncFailed = 0x05;

        /// <summary>LWA refused the code (invalid_grant: expired, used, or not for this challenge). Log in again with the new challenge.</summary>
        public const byte CodeRejected = 0x06;

        /// <summary>LWA refused the client ID (invalid_client, unauthorized_client). Fix the app's LWA security profile.</summary>
        public const byte ClientRejected = 0x07;

        /// <summary>LWA could not be reached or failed (timeout, 5xx). The code may still be valid: commit again soon.</summary>
        public const byte LwaUnreachable = 0x08;

        /// <summary>The exchange failed otherwise (unexpected answer, tokens not saved); the code is spent. Log in again.</summary>
        public const byte ExchangeFailed = 0x09;

        /// <summary>The window closed because its time ran out.</summary>
        public const byte WindowTimedOut = 0x0A;

        /// <summary>The device could not make a verifier (random source failure); the window closed.</summary>
        public const byte DeviceFault = 0x0B;

        /// <summary>
        /// The device is provisioned but DRS refuses it although its access token was just refreshed
        /// (401, 403: a captive portal, proxy or firewall may be answering). Tokens kept; the device retries.
        /// </summary>
        public const byte DrsRefused = 0x0C;

        /// <summary>Web-app flow: the web application did not answer (timeout, 5xx, network) or answered unexpectedly. Values kept: commit again.</summary>
        public const byte CloudUnreachable = 0x0D;

        /// <summary>Web-app flow: the web application refused the device (401 unknown_device or bad_signature). Values kept; the user contacts the maker.</summary>
        public const byte DeviceRejected = 0x0E;

        /// <summary>Frame too short, reserved flag bits set, a first frame with a sequence other than 0 or a declared length of 0.</summary>
        public const byte FrameMalformed = 0x80;

        /// <summary>A continuation frame with no message started, another message ID, or a sequence gap.</summary>
        public const byte FrameOutOfOrder = 0x81;

        /// <summary>The same message ID and sequence as the frame accepted just before: ignored.</summary>
        public const byte FrameDuplicate = 0x82;

        /// <summary>Frames carry more bytes than declared, or the last-frame flag does not match the end of the data.</summary>
        public const byte LengthMismatch = 0x83;

        /// <summary>The CRC-32 after the message does not match: the message is dropped.</summary>
        public const byte CrcMismatch = 0x84;

        /// <summary>The declared length is over the field's limit.</summary>
        public const byte ValueTooLong = 0x85;

        /// <summary>The complete value breaks the field's rules (length, characters, format).</summary>
        public const byte ValueInvalid = 0x86;

        /// <summary>The device is working on a commit or reset: wait for the status to return to waiting.</summary>
        public const byte Busy = 0x87;

        /// <summary>The window is closed or provisioning finished: nothing is accepted.</summary>
        public const byte NotAccepting = 0x88;

        /// <summary>The characteristic needs an encrypted link: pair first.</summary>
        public const byte EncryptionRequired = 0x89;

        /// <summary>The command byte is not one of the protocol's commands.</summary>
        public const byte UnknownCommand = 0x8A;

        /// <summary>Commit before every value (SSID, password, code, redirect URI, client ID) was received.</summary>
        public const byte FieldsMissing = 0x8B;

        /// <summary>Commit names another attempt than the current challenge's: read the challenge and log in again.</summary>
        public const byte StaleChallenge = 0x8C;

        /// <summary>A continuation of a message dropped because it stalled for longer than 30 s: send it again from its first frame.</summary>
        public const byte MessageExpired = 0x8D;

        /// <summary>The characteristic needs a link paired with the passkey.</summary>
        public const byte AuthenticationRequired = 0x8E;

        /// <summary>Web-app flow: a write to the authorization code, redirect URI or client ID, which this flow does not use.</summary>
        public const byte NotInThisFlow = 0x8F;

        /// <summary>True for the codes a write answers with (0x80-0x9F).</summary>
        /// <param name="code">An error code.</param>
        /// <returns>Whether it is a protocol error.</returns>
        public static bool IsProtocolError(byte code)
        {
            return code >= 0x80 && code <= 0x9F;
        }

        /// <summary>The documented name of a code, for logs.</summary>
        /// <param name="code">An error code.</param>
        /// <returns>For example "CRC_MISMATCH".</returns>
        public static string NameOf(byte code)
        {
            switch (code)
            {
                case None:
                    return "NONE";
                case WifiWrongPassword:
                    return "WIFI_WRONG_PASSWORD";
                case WifiNetworkNotFound:
                    return "WIFI_NETWORK_NOT_FOUND";
                case WifiNoIpAddress:
                    return "WIFI_NO_IP_ADDRESS";
                case WifiFailed:
                    return "WIFI_FAILED";
                case TimeSyncFailed:
                    return "TIME_SYNC_FAILED";
                case CodeRejected:
                    return "CODE_REJECTED";
                case ClientRejected:
                    return "CLIENT_REJECTED";
                case LwaUnreachable:
                    return "LWA_UNREACHABLE";
                case ExchangeFailed:
                    return "EXCHANGE_FAILED";
                case WindowTimedOut:
                    return "WINDOW_TIMED_OUT";
                case DeviceFault:
                    return "DEVICE_FAULT";
                case DrsRefused:
                    return "DRS_REFUSED";
                case CloudUnreachable:
                    return "CLOUD_UNREACHABLE";
                case DeviceRejected:
                    return "DEVICE_REJECTED";
                case FrameMalformed:
                    return "FRAME_MALFORMED";
                case FrameOutOfOrder:
                    return "FRAME_OUT_OF_ORDER";
                case FrameDuplicate:
                    return "FRAME_DUPLICATE";
                case LengthMismatch:
                    return "LENGTH_MISMATCH";
                case CrcMismatch:
                    return "CRC_MISMATCH";
                case ValueTooLong:
                    return "VALUE_TOO_LONG";
                case ValueInvalid:
                    return "VALUE_INVALID";
                case Busy:
                    return "BUSY";
                case NotAccepting:
                    return "NOT_ACCEPTING";
                case EncryptionRequired:
                    return "ENCRYPTION_REQUIRED";
                case UnknownCommand:
                    return "UNKNOWN_COMMAND";
                case FieldsMissing:
                    return "FIELDS_MISSING";
                case StaleChallenge:
                    return "STALE_CHALLENGE";
                case MessageExpired:
                    return "MESSAGE_EXPIRED";
                case AuthenticationRequired:
                    return "AUTHENTICATION_REQUIRED";
                case NotInThisFlow:
                    return "NOT_IN_THIS_FLOW";
                default:
                    return "0x" + code.ToString("X2");
            }
        }
    }
}
