using DeviceFirmware.Provisioning;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Provisioning
{
    [TestClass]
    public class WifiJoinClassifierTests
    {
        [TestMethod]
        public static void ConnectedWithAnAddressIsJoined()
        {
            Assert.AreEqual((object)WifiJoinResult.Joined, (object)WifiJoinClassifier.Classify(WifiAssociationStatus.Success, true));
        }

        [TestMethod]
        public static void ConnectedWithoutAnAddressIsNoIpAddress()
        {
            Assert.AreEqual((object)WifiJoinResult.NoIpAddress, (object)WifiJoinClassifier.Classify(WifiAssociationStatus.Success, false));
        }

        [TestMethod]
        public static void InvalidCredentialIsAWrongPassword()
        {
            Assert.AreEqual((object)WifiJoinResult.WrongPassword, (object)WifiJoinClassifier.Classify(WifiAssociationStatus.InvalidCredential, false));
            Assert.AreEqual((object)WifiJoinResult.WrongPassword, (object)WifiJoinClassifier.Classify(WifiAssociationStatus.InvalidCredential, true));
        }

        [TestMethod]
        public static void NetworkNotAvailableIsNetworkNotFound()
        {
            Assert.AreEqual((object)WifiJoinResult.NetworkNotFound, (object)WifiJoinClassifier.Classify(WifiAssociationStatus.NetworkNotAvailable, false));
        }

        [TestMethod]
        public static void EveryOtherStatusIsAFailure()
        {
            WifiAssociationStatus[] others = new WifiAssociationStatus[]
            {
                WifiAssociationStatus.Timeout,
                WifiAssociationStatus.UnspecifiedFailure,
                WifiAssociationStatus.AccessRevoked,
                WifiAssociationStatus.UnsupportedAuthenticationProtocol,
                (WifiAssociationStatus)99,
            };
            for (int i = 0; i < others.Length; i++)
            {
                Assert.AreEqual((object)WifiJoinResult.Failed, (object)WifiJoinClassifier.Classify(others[i], false));
                Assert.AreEqual((object)WifiJoinResult.Failed, (object)WifiJoinClassifier.Classify(others[i], true));
            }
        }

        [TestMethod]
        public static void NumbersAreThoseOfTheNanoFrameworkEnum()
        {
            // System.Device.Wifi.WifiConnectionStatus declares its members in this order, numbered from 0; the adapter converts by value.
            Assert.AreEqual(0, (int)WifiAssociationStatus.AccessRevoked);
            Assert.AreEqual(1, (int)WifiAssociationStatus.InvalidCredential);
            Assert.AreEqual(2, (int)WifiAssociationStatus.NetworkNotAvailable);
            Assert.AreEqual(3, (int)WifiAssociationStatus.Success);
            Assert.AreEqual(4, (int)WifiAssociationStatus.Timeout);
            Assert.AreEqual(5, (int)WifiAssociationStatus.UnspecifiedFailure);
            Assert.AreEqual(6, (int)WifiAssociationStatus.UnsupportedAuthenticationProtocol);
        }
    }
}
