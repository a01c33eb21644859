using System;
using System.Collections;
using DeviceFirmware.Auth;
using DeviceFirmware.Codec;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Tests.Fakes;

namespace DeviceFirmware.Tests.Provisioning
{
    /// <summary>A provisioning session wired to fakes, with the app's side of the protocol as helpers that call the GATT handler directly.</summary>
    public sealed class SessionRig
    {
        /// <summary>Start of the simulated clock.</summary>
        public static readonly DateTime Start = new DateTime(2024, 5, 1, 12, 0, 0);

        /// <summary>A realistic SSID.</summary>
        public const string Ssid = "HomeNetwork-2G";

        /// <summary>A realistic Wi-Fi password (a secret: must never reach the log).</summary>
        public const string Password = "correct-horse-battery";

        /// <summary>A realistic LWA authorization code (a secret: must never reach the log).</summary>
        public const string Code = "ANdNAVhyhqirUelHGEHAzXqRlMkEpbbd";

        /// <summary>A custom-scheme redirect URI as LWA's mobile SDKs use.</summary>
        public const string RedirectUri = "amzn-com.example.drsapp://?methodName=signin";

        /// <summary>An LWA client ID.</summary>
        public const string ClientId = "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef";

        private readonly byte[] _nextMessageId = new byte[CharacteristicIndex.Count];

        /// <summary>Builds a rig with Just Works pairing and a button.</summary>
        public SessionRig()
            : this(false)
        {
        }

        /// <summary>Builds a rig that keeps the BLE server running during the code exchange.</summary>
        /// <param name="passkey">True when the product pairs with a passkey.</param>
        public SessionRig(bool passkey)
            : this(passkey, false)
        {
        }

        /// <summary>Builds a rig.</summary>
        /// <param name="passkey">True when the product pairs with a passkey.</param>
        /// <param name="stopBleDuringExchange">True for provisioning.ble_during_exchange = stop.</param>
        public SessionRig(bool passkey, bool stopBleDuringExchange)
            : this(passkey, stopBleDuringExchange, false)
        {
        }

        /// <summary>A rig of the given flow.</summary>
        /// <param name="passkey">True for a passkey product.</param>
        /// <param name="stopBleDuringExchange">True when the BLE server stops during the HTTPS step.</param>
        /// <param name="webAppFlow">True for the web-app flow (Wi-Fi only).</param>
        public SessionRig(bool passkey, bool stopBleDuringExchange, bool webAppFlow)
        {
            Clock = new ManualClock(Start);
            Log = new RecordingLog();
            Trace = new CallTrace();
            Peripheral = new RecordingGattPeripheral(Trace);
            Wifi = new ScriptedWifiStation();
            Time = new ScriptedTimeSync();
            Exchange = new ScriptedCodeExchange();
            Exchange.Trace = Trace;
            Reset = new RecordingFactoryReset();
            Button = new FakeProvisioningButton();
            Profile = new ProvisioningProfile("DeviceFirmwareSim", "240AC45E1A70", "0.4.0", "DRS-1A70", new TimeSpan(0, 10, 0), new TimeSpan(0, 0, 5), PkceMethod.S256, 43, passkey, stopBleDuringExchange, webAppFlow);
            Session = new ProvisioningSession(Profile, new ProvisioningPorts(Peripheral, Wifi, Time, Exchange, Reset, ScriptedRandomSource.Counting(7), Button), Clock, Log);
            Secure = new GattLink(true, passkey, GattLink.MinimumMtu);
        }

        /// <summary>The clock.</summary>
        public ManualClock Clock { get; private set; }

        /// <summary>The log.</summary>
        public RecordingLog Log { get; private set; }

        /// <summary>The peripheral's calls and the code exchanges, in order.</summary>
        public CallTrace Trace { get; private set; }

        /// <summary>The peripheral fake.</summary>
        public RecordingGattPeripheral Peripheral { get; private set; }

        /// <summary>The Wi-Fi fake.</summary>
        public ScriptedWifiStation Wifi { get; private set; }

        /// <summary>The time sync fake.</summary>
        public ScriptedTimeSync Time { get; private set; }

        /// <summary>The code exchange fake.</summary>
        public ScriptedCodeExchange Exchange { get; private set; }

        /// <summary>The factory reset fake.</summary>
        public RecordingFactoryReset Reset { get; private set; }

        /// <summary>The button fake.</summary>
        public FakeProvisioningButton Button { get; private set; }

        /// <summary>The profile.</summary>
        public ProvisioningProfile Profile { get; private set; }

        /// <summary>The session under test.</summary>
        public ProvisioningSession Session { get; private set; }

        /// <summary>The GATT side.</summary>
        public ProvisioningEndpoint Endpoint
        {
            get { return Session.Endpoint; }
        }

        /// <summary>An encrypted link at MTU 23 (authenticated when the rig uses a passkey).</summary>
        public GattLink Secure { get; private set; }

        /// <summary>An unencrypted link at MTU 23.</summary>
        public static GattLink Plain
        {
            get { return new GattLink(false, false, GattLink.MinimumMtu); }
        }

        /// <summary>The current status.</summary>
        public StatusValue Status
        {
            get { return StatusValue.Parse(Endpoint.OnRead(CharacteristicIndex.Status)); }
        }

        /// <summary>The attempt of the published challenge.</summary>
        public byte Attempt
        {
            get { return Tlv.Find(Endpoint.OnRead(CharacteristicIndex.Challenge), ReadableValues.TagAttempt)[0]; }
        }

        /// <summary>The published challenge text, or null.</summary>
        public string Challenge
        {
            get
            {
                byte[] value = Tlv.Find(Endpoint.OnRead(CharacteristicIndex.Challenge), ReadableValues.TagChallenge);
                return value == null ? null : AsciiText.GetString(value);
            }
        }

        /// <summary>Opens the window now.</summary>
        public void Open()
        {
            Session.Open(Clock.UtcNow);
        }

        /// <summary>One main-loop step now.</summary>
        public void Tick()
        {
            Session.Tick(Clock.UtcNow);
        }

        /// <summary>Runs the main loop until the state stops changing (at most 10 steps).</summary>
        public void Settle()
        {
            for (int i = 0; i < 10; i++)
            {
                ProvisioningState before = Endpoint.State;
                Tick();
                if (Endpoint.State == before && before != ProvisioningState.JoiningWifi)
                {
                    return;
                }
            }
        }

        /// <summary>Sends a message as frames at the link's MTU, as an app would; stops at the first refused frame.</summary>
        /// <returns>0 or the first error.</returns>
        public byte Send(int characteristicIndex, byte[] message, GattLink link)
        {
            ArrayList frames = FrameCodec.Split(NextId(characteristicIndex), message, link.Mtu);
            for (int i = 0; i < frames.Count; i++)
            {
                byte error = Endpoint.OnWrite(characteristicIndex, (byte[])frames[i], link);
                if (error != 0)
                {
                    return error;
                }
            }

            return 0;
        }

        /// <summary>Sends ASCII text on the secure link.</summary>
        /// <returns>0 or the first error.</returns>
        public byte SendText(int characteristicIndex, string text)
        {
            return Send(characteristicIndex, Hex.Ascii(text), Secure);
        }

        /// <summary>Sends the five realistic values on the secure link.</summary>
        /// <returns>0 or the first error.</returns>
        public byte SendAll()
        {
            byte error = SendText(CharacteristicIndex.WifiSsid, Ssid);
            error = error != 0 ? error : SendText(CharacteristicIndex.WifiPassword, Password);
            error = error != 0 ? error : SendText(CharacteristicIndex.AuthorizationCode, Code);
            error = error != 0 ? error : SendText(CharacteristicIndex.RedirectUri, RedirectUri);
            return error != 0 ? error : SendText(CharacteristicIndex.ClientId, ClientId);
        }

        /// <summary>Sends the SSID and the password: all the web-app flow needs.</summary>
        /// <returns>The first error, 0 when both were accepted.</returns>
        public byte SendWifi()
        {
            byte error = SendText(CharacteristicIndex.WifiSsid, Ssid);
            return error != 0 ? error : SendText(CharacteristicIndex.WifiPassword, Password);
        }

        /// <summary>Commits the current attempt on the secure link.</summary>
        /// <returns>0 or the error.</returns>
        public byte Commit()
        {
            return Send(CharacteristicIndex.Command, new byte[] { CommandCode.Commit, Attempt }, Secure);
        }

        /// <summary>Sends a one-byte command on the secure link.</summary>
        /// <returns>0 or the error.</returns>
        public byte Command(byte code)
        {
            return Send(CharacteristicIndex.Command, new byte[] { code }, Secure);
        }

        /// <summary>True when no log line holds the Wi-Fi password or the code.</summary>
        public bool LogHoldsNoSecret()
        {
            return !Log.Contains(Password) && !Log.Contains(Code);
        }

        private byte NextId(int characteristicIndex)
        {
            byte id = _nextMessageId[characteristicIndex];
            _nextMessageId[characteristicIndex] = unchecked((byte)(id + 1));
            return id;
        }
    }
}
