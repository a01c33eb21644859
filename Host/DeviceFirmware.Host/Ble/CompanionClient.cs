using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Host.Ble
{
    /// <summary>
    /// The companion app's side of the provisioning protocol (docs/provisioning-protocol.md) over a
    /// GATT connection: decodes the readable values and sends framed messages. Used by the host
    /// tests and the simulator; an app maker's implementation does the same.
    /// </summary>
    public sealed class CompanionClient
    {
        private readonly Dictionary<Guid, byte> _nextMessageId = new Dictionary<Guid, byte>();

        /// <summary>Wraps a connection.</summary>
        public CompanionClient(InMemoryGattConnection connection)
        {
            Connection = connection ?? throw new ArgumentNullException(nameof(connection));
        }

        /// <summary>The GATT connection.</summary>
        public InMemoryGattConnection Connection { get; }

        /// <summary>Status values received as notifications, oldest first.</summary>
        public IReadOnlyList<StatusValue> NotifiedStatuses =>
            Connection.Notifications.Where(n => n.CharacteristicIndex == CharacteristicIndex.Status).Select(n => StatusValue.Parse(n.Value)).ToList();

        /// <summary>Subscribes to status notifications.</summary>
        public void SubscribeStatus() => Connection.Subscribe(ProvisioningUuids.Status);

        /// <summary>Reads and decodes the info characteristic.</summary>
        public DeviceInfo ReadInfo()
        {
            byte[] value = Connection.Read(ProvisioningUuids.Info);
            return new DeviceInfo
            {
                ProtocolVersion = Tlv.Find(value, ReadableValues.TagProtocolVersion)?[0] ?? 0,
                DeviceModel = Ascii(Tlv.Find(value, ReadableValues.TagDeviceModel)),
                Serial = Ascii(Tlv.Find(value, ReadableValues.TagSerial)),
                FirmwareVersion = Ascii(Tlv.Find(value, ReadableValues.TagFirmwareVersion)),
                PasskeyPairing = (Tlv.Find(value, ReadableValues.TagPairing)?[0] ?? 0) == ReadableValues.PairingPasskey,
                WebAppFlow = (Tlv.Find(value, ReadableValues.TagFlow)?[0] ?? ReadableValues.FlowCompanion) == ReadableValues.FlowWebApp,
            };
        }

        /// <summary>Reads and decodes the challenge characteristic.</summary>
        public ChallengeInfo ReadChallenge()
        {
            byte[] value = Connection.Read(ProvisioningUuids.Challenge);
            return new ChallengeInfo
            {
                Attempt = Tlv.Find(value, ReadableValues.TagAttempt)?[0] ?? 0,
                Method = Ascii(Tlv.Find(value, ReadableValues.TagMethod)),
                Challenge = Ascii(Tlv.Find(value, ReadableValues.TagChallenge)),
            };
        }

        /// <summary>Reads the status characteristic.</summary>
        public StatusValue ReadStatus() => StatusValue.Parse(Connection.Read(ProvisioningUuids.Status));

        /// <summary>Sends a value as framed writes; stops at the first refused frame.</summary>
        /// <param name="characteristic">A framed characteristic.</param>
        /// <param name="message">The value.</param>
        /// <returns>0, or the ATT error of the refused frame.</returns>
        public byte Send(Guid characteristic, byte[] message)
        {
            ArrayList frames = FrameCodec.Split(NextMessageId(characteristic), message, Connection.Mtu);
            foreach (byte[] frame in frames)
            {
                byte error = Connection.Write(characteristic, frame);
                if (error != 0)
                {
                    return error;
                }
            }

            return 0;
        }

        /// <summary>Sends text as UTF-8.</summary>
        public byte SendText(Guid characteristic, string text) => Send(characteristic, Encoding.UTF8.GetBytes(text));

        /// <summary>Sends every value of a provisioning, in protocol order; stops at the first refusal.</summary>
        /// <returns>0, or the first ATT error.</returns>
        public byte SendAll(string ssid, string password, string code, string redirectUri, string clientId)
        {
            foreach (var (uuid, text) in new[]
            {
                (ProvisioningUuids.WifiSsid, ssid),
                (ProvisioningUuids.WifiPassword, password),
                (ProvisioningUuids.AuthorizationCode, code),
                (ProvisioningUuids.RedirectUri, redirectUri),
                (ProvisioningUuids.ClientId, clientId),
            })
            {
                byte error = SendText(uuid, text);
                if (error != 0)
                {
                    return error;
                }
            }

            return 0;
        }

        /// <summary>Sends the Wi-Fi credentials only: all a device in the web-app flow takes (its LWA characteristics answer NOT_IN_THIS_FLOW).</summary>
        /// <returns>0, or the first ATT error.</returns>
        public byte SendWifi(string ssid, string password)
        {
            byte error = SendText(ProvisioningUuids.WifiSsid, ssid);
            return error != 0 ? error : SendText(ProvisioningUuids.WifiPassword, password);
        }

        /// <summary>Commits the values for an attempt.</summary>
        public byte Commit(byte attempt) => Send(ProvisioningUuids.Command, new[] { CommandCode.Commit, attempt });

        /// <summary>Asks for a fresh verifier and challenge.</summary>
        public byte StartOver() => Send(ProvisioningUuids.Command, new[] { CommandCode.StartOver });

        /// <summary>Asks the device to erase its stored credentials and start over.</summary>
        public byte FactoryReset() => Send(ProvisioningUuids.Command, new[] { CommandCode.FactoryReset });

        private byte NextMessageId(Guid characteristic)
        {
            _nextMessageId.TryGetValue(characteristic, out byte id);
            _nextMessageId[characteristic] = unchecked((byte)(id + 1));
            return id;
        }

        private static string Ascii(byte[] value) => value == null ? null : Encoding.ASCII.GetString(value);
    }
}
