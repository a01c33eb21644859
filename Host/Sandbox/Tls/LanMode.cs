using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace DeviceFirmware.Sandbox.Tls
{
    /// <summary>
    /// The standalone program's LAN bring-up mode (<c>--https ADDR:PORT [--ca-dir DIR]</c>): checks the
    /// address, the port and the folder before anything starts (each problem is one line naming its
    /// option), prepares the throw-away CA and server certificate, and prints what to deploy.
    /// </summary>
    public sealed class LanMode
    {
        private LanMode(IPAddress address, int port, BringUpTls tls)
        {
            Address = address;
            Port = port;
            Tls = tls;
        }

        /// <summary>The address served.</summary>
        public IPAddress Address { get; }

        /// <summary>The port asked for (0 = any free one).</summary>
        public int Port { get; }

        /// <summary>The certificates.</summary>
        public BringUpTls Tls { get; }

        /// <summary>The CA folder used when --ca-dir is not given: a per-user folder, outside any repository.</summary>
        public static string DefaultCaDirectory => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "DeviceFirmware", "sandbox-ca");

        /// <summary>
        /// Checks <paramref name="https"/> (ADDR:PORT, an address of this machine, a free port) and
        /// <paramref name="caDirectory"/> (writable), then loads or creates the certificates.
        /// </summary>
        /// <param name="https">The --https value.</param>
        /// <param name="caDirectory">The --ca-dir value, or null for <see cref="DefaultCaDirectory"/>.</param>
        /// <param name="now">The time now.</param>
        /// <param name="mode">The prepared mode, when the result is null.</param>
        /// <returns>Null, or the one-line problem naming the option (the caller exits with 2).</returns>
        public static string TryPrepare(string https, string caDirectory, DateTimeOffset now, out LanMode mode)
        {
            mode = null;
            string problem = ParseEndpoint(https, out IPAddress address, out int port);
            if (problem != null)
            {
                return "--https " + https + ": " + problem;
            }

            if (!IsLocal(address))
            {
                return "--https " + https + ": " + address + " is not an address of this machine (use the PC's address on the board's network; see ip addr / ipconfig)";
            }

            problem = PortProblem(address, port);
            if (problem != null)
            {
                return "--https " + https + ": " + problem;
            }

            string folder = caDirectory ?? DefaultCaDirectory;
            problem = FolderProblem(folder);
            if (problem != null)
            {
                return "--ca-dir " + folder + ": " + problem;
            }

            BringUpTls tls;
            try
            {
                tls = BringUpCertificates.Prepare(folder, address, now);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return "--ca-dir " + folder + ": " + OneLine(e.Message);
            }

            mode = new LanMode(address, port, tls);
            return null;
        }

        /// <summary>Checks the form ADDR:PORT ([ADDR]:PORT for IPv6).</summary>
        /// <param name="value">The --https value.</param>
        /// <param name="address">The address.</param>
        /// <param name="port">The port, 0..65535.</param>
        /// <returns>Null, or what is wrong.</returns>
        public static string ParseEndpoint(string value, out IPAddress address, out int port)
        {
            address = null;
            port = 0;
            int colon = value.LastIndexOf(':');
            if (colon <= 0)
            {
                return "expected ADDRESS:PORT, e.g. 192.168.1.10:8443";
            }

            string host = value.Substring(0, colon);
            string portText = value.Substring(colon + 1);
            bool bracketed = host.StartsWith('[') && host.EndsWith(']');
            if (bracketed)
            {
                host = host.Substring(1, host.Length - 2);
            }
            else if (host.Contains(':'))
            {
                return "an IPv6 address goes in brackets: [fd00::10]:8443";
            }

            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535)
            {
                return "port '" + portText + "' is not a number 0..65535";
            }

            if (host.Contains('%'))
            {
                return "a zone (%) cannot go into nf.config's URLs: use an IPv4 address or a global IPv6 one";
            }

            if (!IPAddress.TryParse(host, out address) || (bracketed != (address.AddressFamily == AddressFamily.InterNetworkV6)))
            {
                address = null;
                return "'" + host + "' is not an IP address (the board connects by address, e.g. 192.168.1.10:8443)";
            }

            if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            {
                return "give the one address the board connects to, not " + address;
            }

            if (address.IsIPv6LinkLocal)
            {
                return "a link-local IPv6 address needs a zone, which nf.config's URLs cannot carry: use an IPv4 address";
            }

            return null;
        }

        /// <summary>True for a loopback address or one assigned to an interface of this machine.</summary>
        /// <param name="address">The address.</param>
        /// <returns>Whether this machine can listen on it.</returns>
        public static bool IsLocal(IPAddress address)
        {
            if (IPAddress.IsLoopback(address))
            {
                return true;
            }

            foreach (NetworkInterface nic in NetworkInterface.GetAllNetworkInterfaces())
            {
                foreach (UnicastIPAddressInformation unicast in nic.GetIPProperties().UnicastAddresses)
                {
                    if (unicast.Address.Equals(address))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The lines to print once the server listens: the CA file, the nf.config lines, the flash command.</summary>
        /// <param name="baseUrl">The server's base URL (https://ADDR:PORT).</param>
        /// <returns>Lines without a key, a token or any secret.</returns>
        public IReadOnlyList<string> DeployLines(string baseUrl)
        {
            string caPath = Tls.CaCertificatePath;
            return new[]
            {
                "LAN bring-up: HTTPS with a throw-away CA (bring-up only: never ship a device that trusts it)",
                "  CA folder      " + Tls.Directory,
                "  CA file        " + caPath + " (" + Tls.CaNote + "; valid until " + Day(Tls.CaCertificate.NotAfter) + ", SHA-256 " + Tls.CaCertificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256) + ")",
                "  server cert    " + Tls.ServerCertificatePath + " for " + Address + " (" + Tls.ServerNote + "; valid until " + Day(Tls.ServerCertificate.NotAfter) + ")",
                "  nf.config lines to deploy (in your copy of nf.config):",
                "    [lwa]",
                "    token_url = " + baseUrl + "/auth/o2/token",
                "    [drs]",
                "    base_url = " + baseUrl,
                "  flash it (the CA goes to I:\\AmazonRootCA1.pem in place of Amazon's):",
                "    dotnet pwsh ./flash.ps1 -SerialPort <port> -RootCaFile " + Quote(caPath) + " -ConfigFile <your nf.config>",
                "  back to Amazon: flash again without -RootCaFile (Amazon Root CA 1) and with Amazon's URLs in nf.config",
                "  the board and this PC must share a network, and the firewall must let TCP " + new Uri(baseUrl).Port + " in",
            };
        }

        private static string PortProblem(IPAddress address, int port)
        {
            if (port == 0)
            {
                return null;
            }

            var probe = new TcpListener(address, port);
            if (OperatingSystem.IsWindows())
            {
                probe.ExclusiveAddressUse = true;
            }

            try
            {
                probe.Start();
                return null;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return "port " + port + " on " + address + " is in use (another sandbox or server?)";
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AccessDenied)
            {
                return "not allowed to listen on port " + port + " (ports below 1024 need privileges; try 8443)";
            }
            catch (SocketException e)
            {
                return "cannot listen on " + address + " port " + port + " (" + e.SocketErrorCode + ")";
            }
            finally
            {
                probe.Stop();
            }
        }

        private static string FolderProblem(string folder)
        {
            try
            {
                string full = Path.GetFullPath(folder);
                if (File.Exists(full))
                {
                    return "is a file, not a folder";
                }

                BringUpCertificates.CreatePrivateFolder(full);
                string probe = Path.Combine(full, ".write-check-" + Guid.NewGuid().ToString("N"));
                File.WriteAllText(probe, string.Empty);
                File.Delete(probe);
                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return "not writable (" + OneLine(e.Message) + ")";
            }
        }

        private static string Day(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

        private static string Quote(string path) => path.Contains(' ') ? "\"" + path + "\"" : path;

        private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
    }
}
