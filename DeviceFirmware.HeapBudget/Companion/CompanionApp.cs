using System;
using System.Collections;
using System.Text;
using DeviceFirmware.HeapBudget.Flow;
using DeviceFirmware.HeapBudget.Ports;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.HeapBudget.Companion
{
    /// <summary>
    /// The companion app's side of provisioning (docs/provisioning-protocol.md) over the lean peripheral's handler:
    /// reads the challenge's attempt, writes the five fields framed for MTU 23 on an encrypted link, then commits.
    /// </summary>
    public sealed class CompanionApp
    {
        /// <summary>The Wi-Fi password sent (a secret: the firmware must never log it).</summary>
        public const string WifiPassword = "correct-horse-battery";

        /// <summary>An authorization code of LWA's usual length (a secret).</summary>
        public const string AuthorizationCode = "ANdNAVhyhqirUelHGEHA";

        private readonly LeanGattPeripheral _peripheral;
        private readonly GattLink _link = new GattLink(true, false, GattLink.MinimumMtu);
        private byte _nextMessageId;

        /// <summary>Creates the app for a device's peripheral.</summary>
        /// <param name="peripheral">The device's GATT peripheral (its handler is registered at boot).</param>
        public CompanionApp(LeanGattPeripheral peripheral)
        {
            _peripheral = peripheral;
        }

        /// <summary>Sends the five values for the current challenge and the commit.</summary>
        public void SendCredentials()
        {
            IGattRequestHandler handler = _peripheral.Handler;
            if (handler == null)
            {
                throw new FlowFailedException("no GATT handler registered: the window did not open");
            }

            byte[] attempt = Tlv.Find(handler.OnRead(CharacteristicIndex.Challenge), ReadableValues.TagAttempt);
            if (attempt == null || attempt.Length != 1 || attempt[0] == 0)
            {
                throw new FlowFailedException("the challenge characteristic names no attempt");
            }

            SendText(handler, CharacteristicIndex.WifiSsid, "HomeNetwork");
            SendText(handler, CharacteristicIndex.WifiPassword, WifiPassword);
            SendText(handler, CharacteristicIndex.AuthorizationCode, AuthorizationCode);
            SendText(handler, CharacteristicIndex.RedirectUri, "https://app.example.com/lwa/callback");
            SendText(handler, CharacteristicIndex.ClientId, "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef");
            Send(handler, CharacteristicIndex.Command, new byte[] { CommandCode.Commit, attempt[0] });
        }

        private void SendText(IGattRequestHandler handler, int characteristicIndex, string text)
        {
            Send(handler, characteristicIndex, Encoding.UTF8.GetBytes(text));
        }

        private void Send(IGattRequestHandler handler, int characteristicIndex, byte[] message)
        {
            ArrayList frames = FrameCodec.Split(_nextMessageId, message, _link.Mtu);
            _nextMessageId = unchecked((byte)(_nextMessageId + 1));
            for (int i = 0; i < frames.Count; i++)
            {
                byte error = handler.OnWrite(characteristicIndex, (byte[])frames[i], _link);
                if (error != 0)
                {
                    throw new FlowFailedException("the device refused a write to " + CharacteristicIndex.NameOf(characteristicIndex) + " with ATT error " + error);
                }
            }
        }
    }
}
