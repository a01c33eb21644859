using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Host.Ble;
using DeviceFirmware.Host.Platform;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>
    /// The device's provisioning (portable session) on the in-memory GATT peripheral, with a
    /// simulated Wi-Fi network, time server and LWA; tests play the companion app through
    /// <see cref="CompanionClient"/>. Field sizes are the realistic ones the operation counts use.
    /// </summary>
    internal sealed class ProvisioningRig
    {
        public const string Ssid = "HomeNetwork-2G-Upstairs-Extender";
        public const string Password = "Tr0ub4dor&3-horse-99";
        public const string RedirectUri = "https://drs-app.example.com/lwa/callback?device=DRS-1A70&x=1";
        public const string ClientId = "amzn1.application-oa2-client.0123456789abcdef0123456789abcde";
        public const int CodeLength = 80;

        public static readonly DateTime Start = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);

        public ProvisioningRig(bool passkey = false, bool enforceProtection = true, bool stopBleDuringExchange = false, bool webAppFlow = false)
        {
            Clock = new TestClock(Start);
            Log = new ProvisioningLog();
            Peripheral = new InMemoryGattPeripheral(enforceProtection);
            Wifi = new SimulatedWifi(Ssid, Password);
            Time = new SimulatedTimeServer();
            Lwa = new SimulatedLwa(ClientId, () => Clock.UtcNow);
            Reset = new RecordingReset();
            Profile = new ProvisioningProfile("DeviceFirmwareSim", "240AC45E1A70", "0.4.0", BleDeviceName.FromSerial("240AC45E1A70"),
                TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(5), PkceMethod.S256, 43, passkey, stopBleDuringExchange, webAppFlow);
            IAuthorizationCodeExchange step = webAppFlow ? CheckIn : Lwa;
            Session = new ProvisioningSession(Profile, new ProvisioningPorts(Peripheral, Wifi, Time, step, Reset, new OsRandomSource(), null), Clock, Log);
        }

        public TestClock Clock { get; }

        public ProvisioningLog Log { get; }

        public InMemoryGattPeripheral Peripheral { get; }

        public SimulatedWifi Wifi { get; }

        public SimulatedTimeServer Time { get; }

        public SimulatedLwa Lwa { get; }

        public RecordingReset Reset { get; }

        /// <summary>State 4 of the web-app flow (the web application's status call).</summary>
        public SimulatedCheckIn CheckIn { get; } = new SimulatedCheckIn();

        public ProvisioningProfile Profile { get; }

        public ProvisioningSession Session { get; }

        public void Open() => Session.Open(Clock.UtcNow);

        public void Tick() => Session.Tick(Clock.UtcNow);

        /// <summary>The main loop runs a few steps (each step a second apart) until the device stops working.</summary>
        public void Settle()
        {
            for (int i = 0; i < 10; i++)
            {
                Tick();
                ProvisioningState state = Session.Endpoint.State;
                if (state != ProvisioningState.JoiningWifi && state != ProvisioningState.SyncingTime
                    && state != ProvisioningState.ExchangingCode && state != ProvisioningState.Resetting)
                {
                    return;
                }

                Clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        public CompanionClient Connect(int mtu = 23, bool encrypted = true, bool authenticated = false) =>
            new CompanionClient(Peripheral.Connect(mtu, encrypted, authenticated));

        /// <summary>The app's LWA login with the device's current challenge.</summary>
        public string Login(CompanionClient app)
        {
            ChallengeInfo challenge = app.ReadChallenge();
            return Lwa.Login(ClientId, RedirectUri, challenge.Challenge, challenge.Method, CodeLength);
        }

        /// <summary>
        /// The whole app flow of docs/provisioning-protocol.md: subscribe to the status, read status,
        /// info and challenge, log in, send the five values, commit, then wait for the outcome.
        /// </summary>
        /// <returns>The state the device settled in.</returns>
        public StatusValue RunApp(CompanionClient app)
        {
            app.SubscribeStatus();
            StatusValue status = app.ReadStatus();
            if (status.State != ProvisioningState.WaitingForInput)
            {
                throw new InvalidOperationException("device not waiting: " + status);
            }

            app.ReadInfo();
            ChallengeInfo challenge = app.ReadChallenge();
            string code = Lwa.Login(ClientId, RedirectUri, challenge.Challenge, challenge.Method, CodeLength);
            Expect(app.SendAll(Ssid, Password, code, RedirectUri, ClientId));
            Expect(app.Commit(challenge.Attempt));
            Settle();
            return Session.Endpoint.Status(Clock.UtcNow);
        }

        public static void Expect(byte attError)
        {
            if (attError != 0)
            {
                throw new GattException(attError, "write");
            }
        }
    }
}
