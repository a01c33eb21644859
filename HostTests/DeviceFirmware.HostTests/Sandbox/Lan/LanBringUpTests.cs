using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using DeviceFirmware.Drs;
using DeviceFirmware.Host.Platform;
using DeviceFirmware.HostTests.Net;
using DeviceFirmware.Net;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Sandbox.Tls;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox.Lan
{
    /// <summary>
    /// The sandbox's LAN bring-up mode on loopback with real TLS: a throw-away CA made in a fresh folder,
    /// HTTPS on 127.0.0.1, and the firmware's host HTTPS transport trusting that CA alone doing a code
    /// exchange and a DRS call; the same transport with another CA, with the system roots, or with a name
    /// the certificate does not carry is refused as a TLS failure.
    /// </summary>
    public sealed class LanBringUpTests : IDisposable
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

        private readonly string _root = Directory.CreateTempSubdirectory("sandbox-lan-").FullName;

        public void Dispose()
        {
            Directory.Delete(_root, recursive: true);
        }

        [Fact]
        public async Task Https_FirmwareTransportTrustingOnlyTheGeneratedCa_ExchangesACodeAndCallsDrs()
        {
            Assert.Null(LanMode.TryPrepare("127.0.0.1:0", Path.Combine(_root, "ca"), DateTimeOffset.UtcNow, out LanMode lan));
            await using SandboxServer sandbox = await SandboxServer.StartAsync(new SandboxOptions { Https = lan.Tls.ToHttps() });
            Assert.StartsWith("https://127.0.0.1:", sandbox.BaseUrl, StringComparison.Ordinal);
            Assert.Equal("https://127.0.0.1:" + sandbox.Port + "/auth/o2/token", sandbox.TokenUrl);

            // The companion app's login, over the same TLS (its own client trusting the same CA).
            string verifier = TestPkce.NewVerifier();
            string code = await AuthorizeAsync(sandbox, lan.Tls.CaCertificate, verifier);

            using X509Certificate2 ca = X509Certificate2.CreateFromPem(File.ReadAllText(lan.Tls.CaCertificatePath));
            using var transport = new DotNetHttpTransport(Timeout, ca);
            LwaTokenResponse tokens = new LwaClient(transport, new ListLog()).ExchangeCode(sandbox.TokenUrl, SandboxKit.ClientId, code, SandboxKit.RedirectUri, CodeVerifier.FromText(verifier));
            Assert.StartsWith("Atzr|", tokens.RefreshToken, StringComparison.Ordinal);

            HttpResponse drs = transport.Send(DrsRequests.Build(DrsOperation.SubscriptionInfo, sandbox.BaseUrl, null, tokens.AccessToken, null));
            Assert.Equal(200, drs.StatusCode);
            Assert.Contains("\"slot1\"", drs.Body, StringComparison.Ordinal);

            HttpResponse refreshed = transport.Send(LwaRefreshRequest(sandbox.TokenUrl, tokens.RefreshToken));
            Assert.Equal(200, refreshed.StatusCode);
            Assert.Equal(1, sandbox.Requests.CountOf(SandboxEndpoint.Token, "authorization_code"));
            Assert.Equal(1, sandbox.Requests.CountOf(SandboxEndpoint.SubscriptionInfo, null));
        }

        [Fact]
        public async Task Https_AnotherCaTheSystemRootsOrAnotherName_AreTlsFailures()
        {
            BringUpTls tls = BringUpCertificates.Prepare(Path.Combine(_root, "ca"), IPAddress.Loopback, DateTimeOffset.UtcNow);
            BringUpTls other = BringUpCertificates.Prepare(Path.Combine(_root, "other"), IPAddress.Loopback, DateTimeOffset.UtcNow);
            Assert.NotEqual(tls.CaCertificate.Thumbprint, other.CaCertificate.Thumbprint);
            await using SandboxServer sandbox = await SandboxServer.StartAsync(new SandboxOptions { Https = tls.ToHttps() });

            using (var wrongCa = new DotNetHttpTransport(Timeout, other.CaCertificate))
            {
                AssertTlsFailure(wrongCa, sandbox.TokenUrl);
            }

            using (var systemRoots = new DotNetHttpTransport(Timeout))
            {
                AssertTlsFailure(systemRoots, sandbox.TokenUrl);
            }

            // Right CA, but "localhost" is not in the certificate (only the IP 127.0.0.1 is): the name is checked.
            using (var rightCa = new DotNetHttpTransport(Timeout, tls.CaCertificate))
            {
                AssertTlsFailure(rightCa, "https://localhost:" + sandbox.Port + "/auth/o2/token");
                Assert.Equal(400, rightCa.Send(LwaRefreshRequest(sandbox.TokenUrl, "Atzr|unknown")).StatusCode);
            }

            Assert.Equal(1, sandbox.Requests.Count);
        }

        [Fact]
        public void Prepare_SecondRun_ReusesTheCaAndServerCertificate_AndAChangedAddressGetsANewServerCertificate()
        {
            string folder = Path.Combine(_root, "ca");
            DateTimeOffset now = DateTimeOffset.UtcNow;
            BringUpTls first = BringUpCertificates.Prepare(folder, IPAddress.Loopback, now);
            Assert.True(first.CaCreated);
            Assert.True(first.ServerCreated);

            BringUpTls second = BringUpCertificates.Prepare(folder, IPAddress.Loopback, now.AddMinutes(1));
            Assert.False(second.CaCreated);
            Assert.False(second.ServerCreated);
            Assert.Equal("reused", second.CaNote);
            Assert.Equal(first.CaCertificate.Thumbprint, second.CaCertificate.Thumbprint);
            Assert.Equal(first.ServerCertificate.Thumbprint, second.ServerCertificate.Thumbprint);

            var moved = IPAddress.Parse("192.168.1.10");
            BringUpTls third = BringUpCertificates.Prepare(folder, moved, now.AddMinutes(2));
            Assert.False(third.CaCreated);
            Assert.Equal(first.CaCertificate.Thumbprint, third.CaCertificate.Thumbprint);
            Assert.True(third.ServerCreated);
            Assert.Equal("created now: the address changed", third.ServerNote);
            Assert.NotEqual(first.ServerCertificate.Thumbprint, third.ServerCertificate.Thumbprint);
            X509SubjectAlternativeNameExtension san = third.ServerCertificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
            Assert.Equal(new[] { moved }, san.EnumerateIPAddresses());
            Assert.Equal(new[] { "192.168.1.10" }, san.EnumerateDnsNames());
            Assert.Equal(third.CaCertificate.SubjectName.RawData, third.ServerCertificate.IssuerName.RawData);
        }

        [Fact]
        public void Prepare_ServerCertificateNearItsEnd_IsRenewed_AndAnExpiringCaIsReplaced()
        {
            string folder = Path.Combine(_root, "ca");
            DateTimeOffset now = DateTimeOffset.UtcNow;
            BringUpTls first = BringUpCertificates.Prepare(folder, IPAddress.Loopback, now);
            Assert.True(first.ServerCertificate.NotAfter.ToUniversalTime() <= first.CaCertificate.NotAfter.ToUniversalTime());
            Assert.InRange(first.CaCertificate.NotAfter.ToUniversalTime() - now.UtcDateTime, TimeSpan.FromDays(364), TimeSpan.FromDays(366));

            BringUpTls renewed = BringUpCertificates.Prepare(folder, IPAddress.Loopback, now.AddDays(80));
            Assert.False(renewed.CaCreated);
            Assert.True(renewed.ServerCreated);
            Assert.StartsWith("created now: the stored one expired", renewed.ServerNote, StringComparison.Ordinal);

            BringUpTls newCa = BringUpCertificates.Prepare(folder, IPAddress.Loopback, now.AddDays(360));
            Assert.True(newCa.CaCreated);
            Assert.Contains("deploy the new one", newCa.CaNote, StringComparison.Ordinal);
            Assert.NotEqual(first.CaCertificate.Thumbprint, newCa.CaCertificate.Thumbprint);
            Assert.True(newCa.ServerCreated);
        }

        [Fact]
        public void Prepare_Files_KeysPrivateAndTheCaFileHoldsNoKey()
        {
            string folder = Path.Combine(_root, "ca");
            BringUpTls tls = BringUpCertificates.Prepare(folder, IPAddress.Loopback, DateTimeOffset.UtcNow);
            string caText = File.ReadAllText(tls.CaCertificatePath);
            Assert.StartsWith("-----BEGIN CERTIFICATE-----", caText, StringComparison.Ordinal);
            Assert.DoesNotContain("PRIVATE", caText, StringComparison.Ordinal);
            Assert.False(tls.CaCertificate.HasPrivateKey);
            Assert.True(tls.ServerCertificate.HasPrivateKey);
            Assert.Contains("PRIVATE KEY", File.ReadAllText(Path.Combine(folder, BringUpCertificates.CaKeyFile)), StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                var owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                Assert.Equal(owner, File.GetUnixFileMode(Path.Combine(folder, BringUpCertificates.CaKeyFile)));
                Assert.Equal(owner, File.GetUnixFileMode(Path.Combine(folder, BringUpCertificates.ServerKeyFile)));
                Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            }

            X509BasicConstraintsExtension constraints = tls.CaCertificate.Extensions.OfType<X509BasicConstraintsExtension>().Single();
            Assert.True(constraints.CertificateAuthority);
            Assert.Equal("sha256RSA", tls.CaCertificate.SignatureAlgorithm.FriendlyName);
            Assert.Equal(2048, tls.CaCertificate.PublicKey.GetRSAPublicKey().KeySize);
            Assert.Equal("sha256RSA", tls.ServerCertificate.SignatureAlgorithm.FriendlyName);
        }

        [Fact]
        public void Prepare_CorruptCaFile_IsRefusedNamingTheFile_AndKeptAsItIs()
        {
            string folder = Path.Combine(_root, "ca");
            BringUpTls tls = BringUpCertificates.Prepare(folder, IPAddress.Loopback, DateTimeOffset.UtcNow);
            File.WriteAllText(tls.CaCertificatePath, "not a certificate");
            InvalidDataException refused = Assert.Throws<InvalidDataException>(() => BringUpCertificates.Prepare(folder, IPAddress.Loopback, DateTimeOffset.UtcNow));
            Assert.Contains(BringUpCertificates.CaCertificateFile, refused.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("PRIVATE", refused.Message, StringComparison.Ordinal);
            Assert.Equal("not a certificate", File.ReadAllText(tls.CaCertificatePath));
        }

        [Fact]
        public void DeployLines_NameTheCaFile_AndTheirNfConfigLinesPassTheFirmwareRules()
        {
            Assert.Null(LanMode.TryPrepare("127.0.0.1:0", Path.Combine(_root, "ca"), DateTimeOffset.UtcNow, out LanMode lan));
            foreach (string baseUrl in new[] { "https://192.168.1.10:8443", "https://[fd00::10]:8443" })
            {
                IReadOnlyList<string> lines = lan.DeployLines(baseUrl);
                Assert.Contains(lines, line => line.Contains("-RootCaFile " + lan.Tls.CaCertificatePath + " -ConfigFile", StringComparison.Ordinal));
                Assert.DoesNotContain(lines, line => line.Contains("PRIVATE", StringComparison.Ordinal) || line.Contains(".key", StringComparison.Ordinal));
                string[] nfConfig = lines.Select(line => line.Trim()).Where(line => line.StartsWith('[') || line.StartsWith("token_url", StringComparison.Ordinal) || line.StartsWith("base_url", StringComparison.Ordinal)).ToArray();
                Assert.Equal(new[] { "[lwa]", "token_url = " + baseUrl + "/auth/o2/token", "[drs]", "base_url = " + baseUrl }, nfConfig);

                FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = DeviceFirmwareSim\n" + string.Join("\n", nfConfig) + "\n");
                Assert.Equal(baseUrl + "/auth/o2/token", config.LwaTokenUrl);
                Assert.Equal(baseUrl, config.DrsBaseUrl);
            }
        }

        [Fact]
        public void TryPrepare_AddressNotLocal_PortInUse_UnwritableFolder_AreOneLineNamingTheOption()
        {
            string folder = Path.Combine(_root, "ca");
            Assert.StartsWith("--https 192.0.2.1:8443: 192.0.2.1 is not an address of this machine", Problem("192.0.2.1:8443", folder), StringComparison.Ordinal);
            Assert.StartsWith("--https 0.0.0.0:8443: ", Problem("0.0.0.0:8443", folder), StringComparison.Ordinal);
            Assert.StartsWith("--https localhost:8443: 'localhost' is not an IP address", Problem("localhost:8443", folder), StringComparison.Ordinal);
            Assert.StartsWith("--https 127.0.0.1: expected ADDRESS:PORT", Problem("127.0.0.1", folder), StringComparison.Ordinal);
            Assert.StartsWith("--https ::1:8443: an IPv6 address goes in brackets", Problem("::1:8443", folder), StringComparison.Ordinal);

            var busy = new TcpListener(IPAddress.Loopback, 0);
            busy.Start();
            try
            {
                int port = ((IPEndPoint)busy.LocalEndpoint).Port;
                Assert.Equal("--https 127.0.0.1:" + port + ": port " + port + " on 127.0.0.1 is in use (another sandbox or server?)", Problem("127.0.0.1:" + port, folder));
            }
            finally
            {
                busy.Stop();
            }

            string file = Path.Combine(_root, "a-file");
            File.WriteAllText(file, "x");
            Assert.Equal("--ca-dir " + file + ": is a file, not a folder", Problem("127.0.0.1:0", file));
            Assert.StartsWith("--ca-dir " + Path.Combine(file, "sub") + ": not writable (", Problem("127.0.0.1:0", Path.Combine(file, "sub")), StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder), "nothing is created before the checks pass");

            foreach (string problem in new[] { Problem("192.0.2.1:8443", folder), Problem("127.0.0.1:0", file) })
            {
                Assert.DoesNotContain('\n', problem);
            }

            Assert.Equal(2, DeviceFirmware.Sandbox.Program.Main(new[] { "--https", "192.0.2.1:8443", "--ca-dir", folder }));
            Assert.Equal(2, DeviceFirmware.Sandbox.Program.Main(new[] { "--https", "127.0.0.1:0", "--ca-dir", file }));
            Assert.Equal(2, DeviceFirmware.Sandbox.Program.Main(new[] { "--ca-dir", folder }));
        }

        private static string Problem(string https, string folder)
        {
            string problem = LanMode.TryPrepare(https, folder, DateTimeOffset.UtcNow, out LanMode mode);
            Assert.Null(mode);
            Assert.NotNull(problem);
            return problem;
        }

        private static void AssertTlsFailure(DotNetHttpTransport transport, string url)
        {
            HttpTransportException failure = Assert.Throws<HttpTransportException>(() => transport.Send(LwaRefreshRequest(url, "Atzr|unknown")));
            Assert.Equal(HttpFailureKind.TlsFailed, failure.Kind);
        }

        private static HttpRequest LwaRefreshRequest(string tokenUrl, string refreshToken)
        {
            var request = new HttpRequest(HttpMethods.Post, tokenUrl);
            request.SetBody("grant_type=refresh_token&client_id=" + Uri.EscapeDataString(SandboxKit.ClientId) + "&refresh_token=" + Uri.EscapeDataString(refreshToken), "application/x-www-form-urlencoded");
            return request;
        }

        private static async Task<string> AuthorizeAsync(SandboxServer sandbox, X509Certificate2 ca, string verifier)
        {
            X509Certificate2 root = ca;
            var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false };
            handler.SslOptions.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
            {
                using var custom = new X509Chain();
                custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                custom.ChainPolicy.CustomTrustStore.Add(root);
                custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return errors == System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors && custom.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
            };
            using var http = new HttpClient(handler) { Timeout = Timeout };
            string url = QueryHelpers.AddQueryString(sandbox.AuthorizeUrl, SandboxKit.AuthorizeParameters(TestPkce.S256(verifier)));
            using HttpResponseMessage answer = await http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Found, answer.StatusCode);
            return QueryHelpers.ParseQuery(answer.Headers.Location.Query)["code"];
        }
    }
}
