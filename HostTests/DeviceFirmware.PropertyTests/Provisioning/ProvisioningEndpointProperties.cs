using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using DeviceFirmware.HostTests.Provisioning;
using DeviceFirmware.Host.Ble;
using DeviceFirmware.PropertyTests.Support;
using DeviceFirmware.Provisioning;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.PropertyTests.Provisioning
{
    /// <summary>
    /// The BLE provisioning endpoint (FrameCodec, MessageAssembler, ProvisioningEndpoint behind the
    /// in-memory GATT; docs/provisioning-protocol.md) under random sequences of malformed frames, oversized
    /// values, frames out of order, commands at the wrong time and unencrypted links, with and without the
    /// stack enforcing encryption: nothing throws; a write of a secret characteristic (Wi-Fi password,
    /// authorization code, command) on an unencrypted link is never accepted and changes no field; no
    /// garbage provisions the device; no log line holds a secret that was written; and afterwards, a
    /// correct companion app on a new encrypted link still provisions the device. The same in the web-app flow
    /// (Wi-Fi only): there a garbage SSID, password and commit may provision the device legitimately, but no
    /// write to the authorization code, redirect URI or client ID is ever accepted, the check-in never gets a
    /// companion value, and a correct app that sends Wi-Fi only still provisions it.
    /// </summary>
    public class ProvisioningEndpointProperties
    {
        private const string Surface = "BLE provisioning endpoint";
        private const int DefaultCases = 3000;
        private const string WebAppSurface = "BLE provisioning endpoint, web-app flow";
        private const int WebAppCases = 1000;
        private static readonly Guid[] Characteristics =
        {
            ProvisioningUuids.Info, ProvisioningUuids.Challenge, ProvisioningUuids.Status, ProvisioningUuids.WifiSsid, ProvisioningUuids.WifiPassword,
            ProvisioningUuids.AuthorizationCode, ProvisioningUuids.RedirectUri, ProvisioningUuids.ClientId, ProvisioningUuids.Command,
        };

        private static readonly HashSet<Guid> Secret = new HashSet<Guid> { ProvisioningUuids.WifiPassword, ProvisioningUuids.AuthorizationCode, ProvisioningUuids.Command };
        private static readonly HashSet<Guid> CompanionOnly = new HashSet<Guid> { ProvisioningUuids.AuthorizationCode, ProvisioningUuids.RedirectUri, ProvisioningUuids.ClientId };
        private static int _livenessChecks;
        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test class.</summary>
        /// <param name="output">Where the figures go.</param>
        public ProvisioningEndpointProperties(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>Garbage never throws, never passes an unencrypted secret write, never provisions, never breaks a later correct run.</summary>
        [Fact]
        public void SurvivesHostileCompanionsAndStillProvisions()
        {
            _livenessChecks = 0;
            int cases = PropertyRun.Check(_output, Surface, DefaultCases, Scenario, s => Property(s, false), Describe);
            _output.WriteLine(Surface + ": a correct app provisioned after the garbage in " + _livenessChecks + " of " + cases + " cases");
            Assert.True(PropertySettings.Case >= 0 || _livenessChecks > cases / 2, "too few cases ended waiting for input to check that provisioning still works: " + _livenessChecks);
        }

        /// <summary>The same garbage on a web-app device: nothing throws, no LWA value is ever taken, a Wi-Fi-only app still provisions.</summary>
        [Fact]
        public void SurvivesHostileCompanionsInTheWebAppFlow()
        {
            _livenessChecks = 0;
            int cases = PropertyRun.Check(_output, WebAppSurface, WebAppCases, Scenario, s => Property(s, true), Describe);
            _output.WriteLine(WebAppSurface + ": a correct app provisioned after the garbage in " + _livenessChecks + " of " + cases + " cases");
            Assert.True(PropertySettings.Case >= 0 || _livenessChecks > cases / 2, "too few cases ended waiting for input to check that provisioning still works: " + _livenessChecks);
        }

        private static string Describe((bool Enforce, CompanionAction[] Actions) s) =>
            (s.Enforce ? "stack enforces; " : "stack does not enforce; ") + string.Join(" ", s.Actions.Select(a => a.ToString()));

        private static readonly Gen<CompanionAction> Action = Gen.Frequency(
            (1, Gen.Select(Gen.Bool, Gen.Int[23, 247], (encrypted, mtu) => new CompanionAction(0, 0, encrypted, mtu, new byte[0], 0, 0))),
            (4, Gen.Select(Gen.Int[0, 8], Gen.Byte.Array[0, 20], (c, bytes) => new CompanionAction(1, c, false, 0, bytes, 0, 0))),
            (4, Gen.Select(Gen.Int[3, 8], Gen.Frequency((4, Gen.Byte[0x20, 0x7e].Array[1, 80]), (1, Gen.Byte.Array[1, 40]), (1, Gen.Byte[0x41, 0x5a].Array[60, 700])), Gen.Byte, Gen.Int[0, 3],
                (c, bytes, id, order) => new CompanionAction(2, c, false, 0, bytes, id, order))),
            (2, Gen.Select(Gen.Frequency((3, Gen.Byte[0, 3]), (1, Gen.Byte)), Gen.Byte[0, 3], Gen.Int[1, 2], Gen.Byte, (command, attempt, length, id) =>
                new CompanionAction(3, 8, false, 0, new[] { command, attempt }.Take(length).ToArray(), id, 0))),
            (1, Gen.Int[0, 8].Select(c => new CompanionAction(4, c, false, 0, new byte[0], 0, 0))),
            (1, Gen.Const(new CompanionAction(5, 0, false, 0, new byte[0], 0, 0))));

        private static readonly Gen<(bool Enforce, CompanionAction[] Actions)> Scenario = Gen.Select(Gen.Bool, Action.Array[1, 30], (enforce, actions) => (enforce, actions));

        private static void Property((bool Enforce, CompanionAction[] Actions) scenario, bool webApp)
        {
            var rig = new ProvisioningRig(enforceProtection: scenario.Enforce, webAppFlow: webApp);
            rig.Open();
            var written = new List<string>();
            InMemoryGattConnection link = rig.Peripheral.Connect(23, false);
            for (int i = 0; i < scenario.Actions.Length; i++)
            {
                CompanionAction action = scenario.Actions[i];
                try
                {
                    link = Apply(rig, link, action, written, i);
                }
                catch (PropertyViolationException)
                {
                    throw;
                }
                catch (Exception e)
                {
                    throw new PropertyViolationException("action " + i + " (" + action + ") threw " + e.GetType().Name + ": " + e.Message);
                }
            }

            rig.Settle();
            StatusValue after = rig.Session.Endpoint.Status(rig.Clock.UtcNow);
            if (webApp)
            {
                // Garbage may carry a valid SSID, password and commit: provisioning then is right. LWA values never are.
                PropertyRun.Require(rig.Lwa.TokensIssued == 0 && !rig.CheckIn.GotCompanionValues, "an LWA value reached the web-app check-in");
            }
            else
            {
                PropertyRun.Require(after.State != ProvisioningState.Provisioned && rig.Lwa.TokensIssued == 0, "garbage provisioned the device");
            }

            link.Disconnect();
            if (after.State == ProvisioningState.WaitingForInput && rig.Reset.Erasures == 0)
            {
                StatusValue end = webApp ? RunWifiApp(rig, rig.Connect(185, true)) : rig.RunApp(rig.Connect(185, true));
                PropertyRun.Require(end.State == ProvisioningState.Provisioned, "a correct app after the garbage ended in " + end.State + " (last error " + end.LastError + ")");
                _livenessChecks++;
                written.Add(ProvisioningRig.Password);
            }

            foreach (string line in rig.Log.Lines)
            {
                PropertyRun.Require(!written.Any(secret => line.Contains(secret, StringComparison.Ordinal)), "a log line holds a secret that was written");
            }
        }

        private static InMemoryGattConnection Apply(ProvisioningRig rig, InMemoryGattConnection link, CompanionAction action, List<string> written, int index)
        {
            if (!rig.Peripheral.IsAdvertising && action.Kind == 0)
            {
                return link;
            }

            if (!link.IsConnected && action.Kind != 0 && action.Kind != 5)
            {
                return link;
            }

            Guid characteristic = Characteristics[action.Characteristic];
            switch (action.Kind)
            {
                case 0:
                    link.Disconnect();
                    return rig.Peripheral.Connect(action.Mtu, action.Encrypted);
                case 1:
                    WriteChecked(rig, link, characteristic, action.Bytes.Take(link.Mtu - 3).ToArray(), index, rig.Profile.WebAppFlow);
                    return link;
                case 2:
                    if (Secret.Contains(characteristic) && action.Bytes.Length >= 12)
                    {
                        written.Add(Encoding.ASCII.GetString(action.Bytes));
                    }

                    List<byte[]> frames = FrameCodec.Split(action.MessageId, action.Bytes, link.Mtu).Cast<byte[]>().ToList();
                    if (action.FrameOrder == 1)
                    {
                        frames.Reverse();
                    }
                    else if (action.FrameOrder == 2)
                    {
                        frames.Insert(0, frames[0]);
                    }
                    else if (action.FrameOrder == 3 && frames.Count > 1)
                    {
                        frames.RemoveAt(frames.Count - 1);
                    }

                    foreach (byte[] frame in frames)
                    {
                        WriteChecked(rig, link, characteristic, frame, index, rig.Profile.WebAppFlow);
                    }

                    return link;
                case 3:
                    List<byte[]> command = FrameCodec.Split(action.MessageId, action.Bytes, link.Mtu).Cast<byte[]>().ToList();
                    foreach (byte[] frame in command)
                    {
                        WriteChecked(rig, link, ProvisioningUuids.Command, frame, index, rig.Profile.WebAppFlow);
                    }

                    rig.Settle();
                    return link;
                case 4:
                    link.ReadAt(characteristic, 0, out _);
                    return link;
                default:
                    rig.Clock.Advance(TimeSpan.FromSeconds(7));
                    rig.Tick();
                    return link;
            }
        }

        // The app of the web-app flow: Wi-Fi only, then commit the attempt the Challenge names.
        private static StatusValue RunWifiApp(ProvisioningRig rig, CompanionClient app)
        {
            app.SubscribeStatus();
            app.ReadInfo();
            byte attempt = app.ReadChallenge().Attempt;
            ProvisioningRig.Expect(app.SendWifi(ProvisioningRig.Ssid, ProvisioningRig.Password));
            ProvisioningRig.Expect(app.Commit(attempt));
            rig.Settle();
            return rig.Session.Endpoint.Status(rig.Clock.UtcNow);
        }

        private static void WriteChecked(ProvisioningRig rig, InMemoryGattConnection link, Guid characteristic, byte[] value, int index, bool webApp)
        {
            if (!link.IsConnected)
            {
                return;
            }

            StatusValue before = rig.Session.Endpoint.Status(rig.Clock.UtcNow);
            byte error = link.Write(characteristic, value);
            if (!link.IsEncrypted && Secret.Contains(characteristic))
            {
                StatusValue after = rig.Session.Endpoint.Status(rig.Clock.UtcNow);
                PropertyRun.Require(error != 0, "action " + index + ": a write of a secret characteristic was accepted on an unencrypted link");
                PropertyRun.Require(after.FieldsReceived == before.FieldsReceived && after.State == before.State, "action " + index + ": an unencrypted secret write changed the fields or state");
            }

            if (webApp && CompanionOnly.Contains(characteristic))
            {
                StatusValue after = rig.Session.Endpoint.Status(rig.Clock.UtcNow);
                PropertyRun.Require(error != 0 && after.FieldsReceived == before.FieldsReceived, "action " + index + ": a web-app device took a write to an LWA characteristic");
            }
        }
    }
}
