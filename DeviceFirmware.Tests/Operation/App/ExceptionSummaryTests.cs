using System;
using DeviceFirmware.App;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.App
{
    [TestClass]
    public class ExceptionSummaryTests
    {
        [TestMethod]
        public static void OrdinaryMessagesAreKept()
        {
            Assert.AreEqual("dash-replenishment-service-na.amazon.com: TLS handshake failed (System.Net.WebException)",
                ExceptionSummary.Scrub("dash-replenishment-service-na.amazon.com: TLS handshake failed (System.Net.WebException)"));
            Assert.AreEqual("nf.config line 4: key pkce.verifier_length: 200 is outside 43..128",
                ExceptionSummary.Scrub("nf.config line 4: key pkce.verifier_length: 200 is outside 43..128"));
        }

        [TestMethod]
        public static void TokenLikeRunsAreRedacted()
        {
            Assert.AreEqual("token [redacted] refused", ExceptionSummary.Scrub("token Atza|IwEBIA1234567890abcdefGHIJ refused"));
            Assert.AreEqual("verifier=[redacted]", ExceptionSummary.Scrub("verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
            Assert.AreEqual("[redacted]", ExceptionSummary.Scrub("ANdNAVhyhqirUelHGEHA"));
        }

        [TestMethod]
        public static void LineBreaksGoAndLongMessagesAreCut()
        {
            Assert.AreEqual("a b", ExceptionSummary.Scrub("a\nb"));
            string cut = ExceptionSummary.Scrub(new string('x', 5) + new string(' ', 300));
            Assert.AreEqual(ExceptionSummary.MaxMessageLength + 3, cut.Length);
            Assert.AreEqual(string.Empty, ExceptionSummary.Scrub(null));
        }

        [TestMethod]
        public static void DescribeNamesTheTypeAndTheInnerChain()
        {
            Exception e = new InvalidOperationException("outer", new ArgumentException("middle", new NotSupportedException("inner")));
            Assert.AreEqual("InvalidOperationException: outer (inner: ArgumentException <- NotSupportedException)", ExceptionSummary.Describe(e));
            Assert.AreEqual("(no exception)", ExceptionSummary.Describe(null));
        }
    }
}
