using System;
using System.Linq;
using System.Text;
using DeviceFirmware.Host.Ble;
using DeviceFirmware.Provisioning;
using Xunit;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>
    /// Every class of bad write through the GATT: each gets its specific ATT error, changes nothing
    /// but the last-error byte, and a correct provisioning still succeeds afterwards.
    /// </summary>
    public class MalformedInputTests
    {
        private static byte[][] Frames(byte id, string text, int mtu = 23) =>
            FrameCodec.Split(id, Encoding.ASCII.GetBytes(text), mtu).Cast<byte[]>().ToArray();

        private static (ProvisioningRig Rig, CompanionClient App, StatusValue Before) Ready()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            CompanionClient app = rig.Connect(23);
            ProvisioningRig.Expect(app.SendText(ProvisioningUuids.WifiSsid, ProvisioningRig.Ssid));
            return (rig, app, app.ReadStatus());
        }

        private static void AssertOnlyLastErrorChanged(CompanionClient app, StatusValue before, byte error)
        {
            StatusValue after = app.ReadStatus();
            Assert.Equal(before.State, after.State);
            Assert.Equal(before.Attempt, after.Attempt);
            Assert.Equal(before.FieldsReceived, after.FieldsReceived);
            Assert.Equal(error, after.LastError);
        }

        private static void AssertStillProvisions(ProvisioningRig rig, CompanionClient app)
        {
            Assert.Equal(ProvisioningState.Provisioned, rig.RunApp(app).State);
        }

        [Fact]
        public void BadFrameHeader()
        {
            var (rig, app, before) = Ready();
            byte[] reservedFlag = Frames(50, "x")[0];
            reservedFlag[1] |= 0x80;
            Assert.Equal(ProvisioningErrors.FrameMalformed, app.Connection.Write(ProvisioningUuids.RedirectUri, reservedFlag));
            Assert.Equal(ProvisioningErrors.FrameMalformed, app.Connection.Write(ProvisioningUuids.RedirectUri, new byte[] { 1, 2 }));
            Assert.Equal(ProvisioningErrors.FrameMalformed, app.Connection.Write(ProvisioningUuids.RedirectUri, new byte[] { 1, 0x01, 0, 0, 0, 65 }));
            Assert.Equal(ProvisioningErrors.FrameMalformed, app.Connection.Write(ProvisioningUuids.RedirectUri, new byte[] { 1, 0x01, 2, 1, 0, 65 }));
            AssertOnlyLastErrorChanged(app, before, ProvisioningErrors.FrameMalformed);
            AssertStillProvisions(rig, app);
        }

        [Fact]
        public void WrongTotalLength()
        {
            var (rig, app, before) = Ready();
            byte[][] frames = Frames(60, ProvisioningRig.RedirectUri);

            // A single frame that carries one byte more than its declared length and CRC.
            byte[] longer = Frames(59, "https://x")[0].Concat(new byte[] { 0 }).ToArray();
            Assert.Equal(ProvisioningErrors.LengthMismatch, app.Connection.Write(ProvisioningUuids.RedirectUri, longer));

            // Declared 60, but the last frame is flagged one frame early.
            Assert.Equal(0, app.Connection.Write(ProvisioningUuids.RedirectUri, frames[0]));
            Assert.Equal(0, app.Connection.Write(ProvisioningUuids.RedirectUri, frames[1]));
            byte[] early = (byte[])frames[2].Clone();
            early[1] |= FrameCodec.FlagLast;
            Assert.Equal(ProvisioningErrors.LengthMismatch, app.Connection.Write(ProvisioningUuids.RedirectUri, early));
            AssertOnlyLastErrorChanged(app, before, ProvisioningErrors.LengthMismatch);

            // The partial message survived the refused frame: finishing it works.
            Assert.Equal(0, app.Connection.Write(ProvisioningUuids.RedirectUri, frames[2]));
            Assert.Equal(0, app.Connection.Write(ProvisioningUuids.RedirectUri, frames[3]));
            Assert.Equal(0x09, app.ReadStatus().FieldsReceived);
            AssertStillProvisions(rig, app);
        }

        [Fact]
        public void CrcMismatch()
        {
            var (rig, app, before) = Ready();
            byte[][] frames = Frames(70, ProvisioningRig.ClientId);
            frames[1][5] ^= 0x01;
            for (int i = 0; i < frames.Length - 1; i++)
            {
                Assert.Equal(0, app.Connection.Write(ProvisioningUuids.ClientId, frames[i]));
            }

            Assert.Equal(ProvisioningErrors.CrcMismatch, app.Connection.Write(ProvisioningUuids.ClientId, frames[^1]));
            AssertOnlyLastErrorChanged(app, before, ProvisioningErrors.CrcMismatch);
            AssertStillProvisions(rig, app);
        }

        [Fact]
        public void OversizedField()
        {
            var (rig, app, before) = Ready();
            Assert.Equal(ProvisioningErrors.ValueTooLong, app.SendText(ProvisioningUuids.WifiSsid, new string('S', 33)));
            Assert.Equal(ProvisioningErrors.ValueTooLong, app.SendText(ProvisioningUuids.ClientId, new string('c', 129)));
            Assert.Equal(ProvisioningErrors.ValueTooLong, app.SendText(ProvisioningUuids.AuthorizationCode, new string('a', 513)));
            byte[] huge = Frames(80, "x")[0];
            huge[3] = 0xFF;
            huge[4] = 0xFF;
            Assert.Equal(ProvisioningErrors.ValueTooLong, app.Connection.Write(ProvisioningUuids.RedirectUri, huge));
            AssertOnlyLastErrorChanged(app, before, ProvisioningErrors.ValueTooLong);
            AssertStillProvisions(rig, app);
        }

        [Fact]
        public void InvalidValue()
        {
            var (rig, app, before) = Ready();
            Assert.Equal(ProvisioningErrors.ValueInvalid, app.SendText(ProvisioningUuids.WifiPassword, "short"));
            Assert.Equal(ProvisioningErrors.ValueInvalid, app.SendText(ProvisioningUuids.RedirectUri, "no-scheme-here"));
            Assert.Equal(ProvisioningErrors.ValueInvalid, app.Send(ProvisioningUuids.WifiSsid, new byte[] { 0x48, 0x00 }));
            AssertOnlyLastErrorChanged(app, before, ProvisioningErrors.ValueInvalid);
            AssertStillProvisions(rig, app);
        }

        [Fact]
        public void OutOfOrderSequence()
        {
            var (rig, app, before) = Ready();
            byte[][] frames = Frames(90, ProvisioningRig.RedirectUri);
            Assert.Equal(ProvisioningErrors.FrameOutOfOrder, app.Connection.Write(ProvisioningUuids.RedirectUri, frames[1]));
            Assert.Equal(0, app.Connection.Write(ProvisioningUuids.RedirectUri, frames[0]));
            Assert.Equal(ProvisioningErrors.FrameOutOfOrder, app.Connection.Write(ProvisioningUuids.RedirectUri, frames[2]));
            byte[][] other = Frames(91, ProvisioningRig.RedirectUri);
            Assert.Equal(ProvisioningErrors.FrameOutOfOrder, app.Connection.Write(ProvisioningUuids.RedirectUri, other[1]));
            AssertOnlyLastErrorChanged(app, before, ProvisioningErrors.FrameOutOfOrder);
            AssertStillProvisions(rig, app);
        }

        [Fact]
        public void DuplicateFrame()
        {
            var (rig, app, before) = Ready();
            byte[][] frames = Frames(100, ProvisioningRig.ClientId);
            Assert.Equal(0, app.Connection.Write(ProvisioningUuids.ClientId, frames[0]));
            Assert.Equal(ProvisioningErrors.FrameDuplicate, app.Connection.Write(ProvisioningUuids.ClientId, frames[0]));
            for (int i = 1; i < frames.Length; i++)
            {
                Assert.Equal(0, app.Connection.Write(ProvisioningUuids.ClientId, frames[i]));
            }

            // The app's retry of the last frame (its write response was lost) is recognised, not applied twice.
            Assert.Equal(ProvisioningErrors.FrameDuplicate, app.Connection.Write(ProvisioningUuids.ClientId, frames[^1]));
            StatusValue after = app.ReadStatus();
            Assert.Equal(0x11, after.FieldsReceived);
            Assert.Equal(ProvisioningErrors.FrameDuplicate, after.LastError);
            Assert.Equal(before.State, after.State);
            AssertStillProvisions(rig, app);
        }

        [Fact]
        public void UnknownCommand()
        {
            var (rig, app, before) = Ready();
            Assert.Equal(ProvisioningErrors.UnknownCommand, app.Send(ProvisioningUuids.Command, new byte[] { 0x42 }));
            Assert.Equal(ProvisioningErrors.FieldsMissing, app.Commit(before.Attempt));
            AssertOnlyLastErrorChanged(app, before, ProvisioningErrors.FieldsMissing);
            AssertStillProvisions(rig, app);
        }

        [Fact]
        public void WriteToReadOnly()
        {
            var (rig, app, before) = Ready();
            byte[] frame = Frames(1, "x")[0];
            Assert.Equal(AttError.WriteNotPermitted, app.Connection.Write(ProvisioningUuids.Info, frame));
            Assert.Equal(AttError.WriteNotPermitted, app.Connection.Write(ProvisioningUuids.Challenge, frame));
            Assert.Equal(AttError.WriteNotPermitted, app.Connection.Write(ProvisioningUuids.Status, frame));
            Assert.Equal(AttError.ReadNotPermitted, app.Connection.ReadAt(ProvisioningUuids.WifiPassword, 0, out _));
            Assert.Equal(AttError.InvalidOffset, app.Connection.ReadAt(ProvisioningUuids.Info, 500, out _));
            Assert.Equal(before.LastError, app.ReadStatus().LastError);
            AssertStillProvisions(rig, app);
        }

        [Fact]
        public void ValueWhileBusy()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            CompanionClient app = rig.Connect(23);
            ChallengeInfo challenge = app.ReadChallenge();
            string code = rig.Login(app);
            ProvisioningRig.Expect(app.SendAll(ProvisioningRig.Ssid, ProvisioningRig.Password, code, ProvisioningRig.RedirectUri, ProvisioningRig.ClientId));
            ProvisioningRig.Expect(app.Commit(challenge.Attempt));
            Assert.Equal(ProvisioningErrors.Busy, app.SendText(ProvisioningUuids.WifiSsid, "Another"));
            Assert.Equal(ProvisioningErrors.Busy, app.Commit(challenge.Attempt));
            rig.Tick();
            Assert.Equal(ProvisioningErrors.Busy, app.SendText(ProvisioningUuids.WifiPassword, "another-password"));
            StatusValue busy = app.ReadStatus();
            Assert.Equal(ProvisioningState.JoiningWifi, busy.State);
            Assert.Equal(ProvisioningErrors.Busy, busy.LastError);
            rig.Settle();
            Assert.Equal(ProvisioningState.Provisioned, app.ReadStatus().State);
            Assert.Equal(1, rig.Wifi.Joins);
        }

        [Fact]
        public void StalledMessageExpires()
        {
            var (rig, app, _) = Ready();
            byte[][] frames = Frames(110, ProvisioningRig.RedirectUri);
            Assert.Equal(0, app.Connection.Write(ProvisioningUuids.RedirectUri, frames[0]));
            rig.Clock.Advance(TimeSpan.FromSeconds(31));
            rig.Tick();
            Assert.Equal(ProvisioningErrors.MessageExpired, app.Connection.Write(ProvisioningUuids.RedirectUri, frames[1]));
            AssertStillProvisions(rig, app);
        }

        [Fact]
        public void RandomWritesNeverCrashOrWedgeProvisioning()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            var random = new Random(4242);
            Guid[] targets =
            {
                ProvisioningUuids.WifiSsid, ProvisioningUuids.WifiPassword, ProvisioningUuids.AuthorizationCode,
                ProvisioningUuids.RedirectUri, ProvisioningUuids.ClientId, ProvisioningUuids.Command,
                ProvisioningUuids.Info, ProvisioningUuids.Status,
            };
            foreach (int mtu in new[] { 23, 64, 185, 517 })
            {
                CompanionClient fuzzer = rig.Connect(mtu);
                for (int i = 0; i < 3000; i++)
                {
                    byte[] junk = new byte[random.Next(0, mtu - 2)];
                    random.NextBytes(junk);
                    if (junk.Length > 2 && random.Next(3) == 0)
                    {
                        // Plausible headers reach deeper into the assembler.
                        junk[1] = (byte)random.Next(4);
                        junk[2] = (byte)random.Next(3);
                    }

                    fuzzer.Connection.Write(targets[random.Next(targets.Length)], junk);
                    if (i % 100 == 0)
                    {
                        rig.Tick();
                    }
                }

                fuzzer.Connection.Disconnect();
            }

            rig.Tick();
            Assert.Equal(ProvisioningState.WaitingForInput, rig.Session.Endpoint.State);
            Assert.True(rig.Session.IsOpen);
            Assert.Equal(0, rig.Reset.Erasures);
            Assert.Equal(ProvisioningState.Provisioned, rig.RunApp(rig.Connect(185)).State);
        }
    }
}
