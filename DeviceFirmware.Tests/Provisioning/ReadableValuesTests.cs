using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Codec;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Provisioning
{
    [TestClass]
    public class ReadableValuesTests
    {
        [TestMethod]
        public static void StatusEncodesInSixBytesAndParsesBack()
        {
            StatusValue status = new StatusValue(ProvisioningState.SyncingTime, ProvisioningErrors.WifiWrongPassword, 3, 0x1F, 599);
            byte[] bytes = status.ToBytes();
            CollectionAssert.AreEqual(new byte[] { 3, 0x01, 3, 0x1F, 0x57, 0x02 }, bytes);
            StatusValue parsed = StatusValue.Parse(bytes);
            Assert.AreEqual((object)ProvisioningState.SyncingTime, (object)parsed.State);
            Assert.AreEqual(ProvisioningErrors.WifiWrongPassword, parsed.LastError);
            Assert.AreEqual((byte)3, parsed.Attempt);
            Assert.AreEqual((byte)0x1F, parsed.FieldsReceived);
            Assert.AreEqual(599, parsed.SecondsLeft);
        }

        [TestMethod]
        public static void StatusSecondsAreClamped()
        {
            Assert.AreEqual(0, new StatusValue(ProvisioningState.Closed, 0, 0, 0, -5).SecondsLeft);
            Assert.AreEqual(65535, new StatusValue(ProvisioningState.WaitingForInput, 0, 1, 0, 100000).SecondsLeft);
            Assert.ThrowsException(typeof(ArgumentException), () => StatusValue.Parse(new byte[5]));
        }

        [TestMethod]
        public static void InfoCarriesVersionModelSerialFirmwareAndPairing()
        {
            ProvisioningProfile profile = new ProvisioningProfile("ModelX", "240AC45E1A70", "1.2.3", "DRS-1A70", new TimeSpan(0, 10, 0), new TimeSpan(0, 0, 5), PkceMethod.S256, 43, true);
            byte[] info = ReadableValues.Info(profile);
            CollectionAssert.AreEqual(new byte[] { 2 }, Tlv.Find(info, ReadableValues.TagProtocolVersion));
            Assert.AreEqual("ModelX", AsciiText.GetString(Tlv.Find(info, ReadableValues.TagDeviceModel)));
            Assert.AreEqual("240AC45E1A70", AsciiText.GetString(Tlv.Find(info, ReadableValues.TagSerial)));
            Assert.AreEqual("1.2.3", AsciiText.GetString(Tlv.Find(info, ReadableValues.TagFirmwareVersion)));
            CollectionAssert.AreEqual(new byte[] { ReadableValues.PairingPasskey }, Tlv.Find(info, ReadableValues.TagPairing));
            CollectionAssert.AreEqual(new byte[] { ReadableValues.FlowCompanion }, Tlv.Find(info, ReadableValues.TagFlow));
        }

        [TestMethod]
        public static void InfoOfAWebAppDeviceSaysSo()
        {
            ProvisioningProfile profile = new ProvisioningProfile("ModelX", "240AC45E1A70", "1.2.3", "DRS-1A70", new TimeSpan(0, 10, 0), new TimeSpan(0, 0, 5), PkceMethod.S256, 43, false, false, true);
            byte[] info = ReadableValues.Info(profile);
            CollectionAssert.AreEqual(new byte[] { 2 }, Tlv.Find(info, ReadableValues.TagProtocolVersion));
            CollectionAssert.AreEqual(new byte[] { ReadableValues.FlowWebApp }, Tlv.Find(info, ReadableValues.TagFlow));
        }

        [TestMethod]
        public static void AttemptOnlyChallengeHasNoPkceTags()
        {
            byte[] value = ReadableValues.AttemptOnly(7);
            CollectionAssert.AreEqual(new byte[] { ReadableValues.TagAttempt, 1, 7 }, value);
        }

        [TestMethod]
        public static void ChallengeCarriesTheRfc7636Vector()
        {
            CodeVerifier verifier = CodeVerifier.FromText("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
            byte[] value = ReadableValues.Challenge(9, PkceMethod.S256, verifier.ComputeChallenge(PkceMethod.S256));
            CollectionAssert.AreEqual(new byte[] { 9 }, Tlv.Find(value, ReadableValues.TagAttempt));
            Assert.AreEqual("S256", AsciiText.GetString(Tlv.Find(value, ReadableValues.TagMethod)));
            Assert.AreEqual("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", AsciiText.GetString(Tlv.Find(value, ReadableValues.TagChallenge)));
            Assert.AreEqual(3 + 6 + 45, value.Length);
        }

        [TestMethod]
        public static void NoChallengeHasAttemptZeroOnly()
        {
            byte[] value = ReadableValues.NoChallenge();
            CollectionAssert.AreEqual(new byte[] { 0 }, Tlv.Find(value, ReadableValues.TagAttempt));
            Assert.IsNull(Tlv.Find(value, ReadableValues.TagChallenge));
        }

        [TestMethod]
        public static void TlvReaderSkipsUnknownTagsAndStopsAtATruncatedItem()
        {
            byte[] value = new byte[] { 0x7F, 2, 0xAA, 0xBB, 0x02, 1, 0x41 };
            CollectionAssert.AreEqual(new byte[] { 0x41 }, Tlv.Find(value, 0x02));
            Assert.IsNull(Tlv.Find(new byte[] { 0x02, 5, 0x41 }, 0x02));
            Assert.IsNull(Tlv.Find(new byte[0], 0x02));
        }

        [TestMethod]
        public static void DerivedDeviceNameIsDrsAndTheLastFourOfTheSerial()
        {
            Assert.AreEqual("DRS-1A70", BleDeviceName.FromSerial("240AC45E1A70"));
            Assert.AreEqual("DRS-X1", BleDeviceName.FromSerial("X1"));
            Assert.AreEqual(8, BleDeviceName.FromSerial("SN-000123456").Length);
        }
    }
}
