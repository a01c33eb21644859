using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace DeviceFirmware.Sandbox.Tls
{
    /// <summary>What <see cref="BringUpCertificates.Prepare"/> found or made: the CA to deploy and the server certificate to serve.</summary>
    public sealed class BringUpTls
    {
        internal BringUpTls(string directory, string caCertificatePath, X509Certificate2 caCertificate, bool caCreated, string caNote, string serverCertificatePath, X509Certificate2 serverCertificate, bool serverCreated, string serverNote, IPAddress address)
        {
            Directory = directory;
            CaCertificatePath = caCertificatePath;
            CaCertificate = caCertificate;
            CaCreated = caCreated;
            CaNote = caNote;
            ServerCertificatePath = serverCertificatePath;
            ServerCertificate = serverCertificate;
            ServerCreated = serverCreated;
            ServerNote = serverNote;
            Address = address;
        }

        /// <summary>The CA folder (full path).</summary>
        public string Directory { get; }

        /// <summary>The CA certificate's PEM file: what flash.ps1 -RootCaFile deploys.</summary>
        public string CaCertificatePath { get; }

        /// <summary>The CA certificate (no private key).</summary>
        public X509Certificate2 CaCertificate { get; }

        /// <summary>True when the CA was made by this call (the board needs it deployed).</summary>
        public bool CaCreated { get; }

        /// <summary>"reused", "created now" or why it was replaced.</summary>
        public string CaNote { get; }

        /// <summary>The server certificate's PEM file.</summary>
        public string ServerCertificatePath { get; }

        /// <summary>The server certificate with its private key.</summary>
        public X509Certificate2 ServerCertificate { get; }

        /// <summary>True when the server certificate was made by this call.</summary>
        public bool ServerCreated { get; }

        /// <summary>"reused", "created now" or why it was replaced.</summary>
        public string ServerNote { get; }

        /// <summary>The address the server certificate names.</summary>
        public IPAddress Address { get; }

        /// <summary>The option value that serves HTTPS with this certificate on <see cref="Address"/>.</summary>
        /// <returns>The setting for <see cref="SandboxOptions.Https"/>.</returns>
        public SandboxHttps ToHttps() => new SandboxHttps(Address, ServerCertificate);
    }
}
