using DeviceFirmware.Auth;
using DeviceFirmware.Provisioning;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Provisioning
{
    [TestClass]
    public class KeeperCodeExchangeTests
    {
        [TestMethod]
        public static void KeeperProblemsMapToExchangeResults()
        {
            Assert.AreEqual((object)CodeExchangeResult.CodeRejected, (object)KeeperCodeExchange.ResultOf(TokenProblem.NeedsProvisioning));
            Assert.AreEqual((object)CodeExchangeResult.ClientRejected, (object)KeeperCodeExchange.ResultOf(TokenProblem.Misconfigured));
            Assert.AreEqual((object)CodeExchangeResult.Unreachable, (object)KeeperCodeExchange.ResultOf(TokenProblem.RetryLater));
            Assert.AreEqual((object)CodeExchangeResult.Failed, (object)KeeperCodeExchange.ResultOf(TokenProblem.StorageFailed));
            Assert.AreEqual((object)CodeExchangeResult.Failed, (object)KeeperCodeExchange.ResultOf(TokenProblem.FirmwareBug));
        }
    }
}
