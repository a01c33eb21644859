using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    [TestClass]
    public class ConfigUrlTests
    {
        private const string Model = "[device]\nmodel = M\n";

        [TestMethod]
        public static void HttpsWithPortAndPathIsAccepted()
        {
            Assert.AreEqual("https://api.example.com:8443/auth/o2/token", TokenUrl("https://api.example.com:8443/auth/o2/token"));
            Assert.AreEqual("https://10.0.0.5/a-b_c.d~e%20f", TokenUrl("https://10.0.0.5/a-b_c.d~e%20f"));
        }

        [TestMethod]
        public static void HttpIsAcceptedOnlyForLoopbackHosts()
        {
            Assert.AreEqual("http://127.0.0.1:5000/auth/o2/token", TokenUrl("http://127.0.0.1:5000/auth/o2/token"));
            Assert.AreEqual("http://localhost:5000/t", TokenUrl("http://localhost:5000/t"));
            Assert.AreEqual("http://LocalHost/t", TokenUrl("http://LocalHost/t"));
            Assert.AreEqual("http://[::1]:5000", BaseUrl("http://[::1]:5000/"));
            FailsAsTokenUrl("http://api.amazon.com/auth/o2/token", "http is allowed only for loopback hosts (127.0.0.1 localhost [::1]): use https");
            FailsAsTokenUrl("http://127.0.0.2/t", "http is allowed only for loopback hosts");
            FailsAsTokenUrl("http://localhost.example.com/t", "http is allowed only for loopback hosts");
        }

        [TestMethod]
        public static void BaseUrlLosesTrailingSlashesTokenUrlKeepsThem()
        {
            Assert.AreEqual("https://drs.example.com", BaseUrl("https://drs.example.com/"));
            Assert.AreEqual("https://drs.example.com/v1", BaseUrl("https://drs.example.com/v1//"));
            Assert.AreEqual("https://drs.example.com", BaseUrl("https://drs.example.com"));
            Assert.AreEqual("https://lwa.example.com/token/", TokenUrl("https://lwa.example.com/token/"));
        }

        [TestMethod]
        public static void RelativeUrlIsRejected()
        {
            FailsAsTokenUrl("api.amazon.com/auth/o2/token", "bad URL 'api.amazon.com/auth/o2/token': not an absolute URL");
            FailsAsTokenUrl("/auth/o2/token", "not an absolute URL");
            FailsAsTokenUrl("https:/api.amazon.com", "not an absolute URL");
            FailsAsTokenUrl("https:", "not an absolute URL");
        }

        [TestMethod]
        public static void OtherSchemesAreRejected()
        {
            FailsAsTokenUrl("ftp://api.amazon.com/x", "scheme 'ftp' is not allowed: use https");
            FailsAsTokenUrl("HTTPS://api.amazon.com/x", "scheme 'HTTPS' is not allowed");
        }

        [TestMethod]
        public static void UserInfoIsRejected()
        {
            FailsAsTokenUrl("https://user:pw@api.amazon.com/x", "it has user-info ('user@'): credentials never go in nf.config");
        }

        [TestMethod]
        public static void FragmentAndQueryAreRejected()
        {
            FailsAsTokenUrl("https://api.amazon.com/x#frag", "it has a fragment ('#')");
            FailsAsBaseUrl("https://drs.example.com/?region=na", "it has a query ('?')");
        }

        [TestMethod]
        public static void MissingOrBadHostIsRejected()
        {
            FailsAsTokenUrl("https:///auth", "it has no host");
            FailsAsTokenUrl("https://:443/auth", "it has no host");
            FailsAsTokenUrl("https://api_amazon.com/auth", "host has a character outside A-Z a-z 0-9 - . at position 4");
            FailsAsTokenUrl("https://[::1/auth", "IPv6 host has no closing ']'");
            FailsAsTokenUrl("https://[fe80::g]/auth", "IPv6 host has a character outside");
            FailsAsTokenUrl("https://[]/auth", "IPv6 host [] is empty");
            FailsAsTokenUrl("https://[::1]x/auth", "unexpected text after the IPv6 host");
        }

        [TestMethod]
        public static void BadPortIsRejected()
        {
            FailsAsTokenUrl("https://api.amazon.com:0/x", "port '0' is not a number 1..65535");
            FailsAsTokenUrl("https://api.amazon.com:65536/x", "port '65536'");
            FailsAsTokenUrl("https://api.amazon.com:/x", "port ''");
            FailsAsTokenUrl("https://api.amazon.com:https/x", "port 'https'");
            Assert.AreEqual("https://api.amazon.com:65535/x", TokenUrl("https://api.amazon.com:65535/x"));
        }

        [TestMethod]
        public static void SpacesAndNonAsciiAreRejected()
        {
            FailsAsTokenUrl("https://api.amazon.com/a b", "space or non-ASCII character at position 25");
            FailsAsTokenUrl("https://api.amaz\u00f6n.com/x", "space or non-ASCII character at position 17");
            FailsAsTokenUrl("https://api.amazon.com/{x}", "path has a character not allowed in a URL ('{') at position 24");
        }

        [TestMethod]
        public static void LongBadUrlIsDescribedByItsLength()
        {
            string url = "ftp://" + new string('a', 60) + ".com";
            ConfigException error = ConfigErrorAssert.Fails(Model + "[lwa]\ntoken_url = " + url + "\n", 4, "lwa.token_url", "bad URL a 70-character value: scheme 'ftp'");
            Assert.DoesNotContains(url, error.Message);
        }

        private static string TokenUrl(string url)
        {
            return FirmwareConfig.Parse(Model + "[lwa]\ntoken_url = " + url + "\n").LwaTokenUrl;
        }

        private static string BaseUrl(string url)
        {
            return FirmwareConfig.Parse(Model + "[drs]\nbase_url = " + url + "\n").DrsBaseUrl;
        }

        private static void FailsAsTokenUrl(string url, string messagePart)
        {
            ConfigErrorAssert.Fails(Model + "[lwa]\ntoken_url = " + url + "\n", 4, "lwa.token_url", messagePart);
        }

        private static void FailsAsBaseUrl(string url, string messagePart)
        {
            ConfigErrorAssert.Fails(Model + "[drs]\nbase_url = " + url + "\n", 4, "drs.base_url", messagePart);
        }
    }
}
