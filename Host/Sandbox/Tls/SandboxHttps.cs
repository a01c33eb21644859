using System;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace DeviceFirmware.Sandbox.Tls
{
    /// <summary>
    /// Where and how a sandbox serves HTTPS instead of plain HTTP on 127.0.0.1 (<see cref="SandboxOptions.Https"/>):
    /// one address of this machine and the server certificate (with its private key) for it, usually
    /// from <see cref="BringUpCertificates.Prepare"/>. The port stays <see cref="SandboxOptions.Port"/>.
    /// </summary>
    public sealed class SandboxHttps
    {
        /// <summary>Creates the setting.</summary>
        /// <param name="address">The address to listen on (not 0.0.0.0 or ::): the one the board connects to.</param>
        /// <param name="serverCertificate">The server certificate, with its private key.</param>
        public SandboxHttps(IPAddress address, X509Certificate2 serverCertificate)
        {
            ArgumentNullException.ThrowIfNull(address);
            ArgumentNullException.ThrowIfNull(serverCertificate);
            if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            {
                throw new ArgumentException("HTTPS needs one address of this machine, not " + address + ".", nameof(address));
            }

            if (!serverCertificate.HasPrivateKey)
            {
                throw new ArgumentException("The server certificate has no private key.", nameof(serverCertificate));
            }

            Address = address;
            ServerCertificate = serverCertificate;
        }

        /// <summary>The address listened on.</summary>
        public IPAddress Address { get; }

        /// <summary>The certificate the server presents.</summary>
        public X509Certificate2 ServerCertificate { get; }

        /// <summary>The address as the host part of a URL: 192.168.1.10, or [fd00::10] for IPv6.</summary>
        /// <param name="address">An address.</param>
        /// <returns>The URL host.</returns>
        public static string UrlHost(IPAddress address)
        {
            ArgumentNullException.ThrowIfNull(address);
            return address.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + address + "]" : address.ToString();
        }
    }
}
