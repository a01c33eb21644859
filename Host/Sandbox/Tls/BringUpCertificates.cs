using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DeviceFirmware.Sandbox.Tls
{
    /// <summary>
    /// The throw-away CA of a LAN bring-up sandbox and the server certificate it signs, kept in one
    /// folder: created on first use, reused later. The CA is RSA 2048 with SHA-256 signatures (what the
    /// ESP32's mbedTLS verifies; no ECDSA needed), a root with basicConstraints CA:true, pathlen 0 and
    /// keyCertSign. The server certificate carries the address as an iPAddress SAN, and for IPv4 also as
    /// a dNSName SAN (mbedTLS before 3.5 matches an IP-literal host only against dNSName entries),
    /// extendedKeyUsage serverAuth, and never outlives the CA. Private keys are PKCS#8 PEM files created
    /// with mode 0600 (the folder 0700) where the OS has Unix modes; nothing here prints or returns a key's text.
    /// </summary>
    public static class BringUpCertificates
    {
        /// <summary>The CA certificate (public): the file to deploy to the board as its root CA.</summary>
        public const string CaCertificateFile = "sandbox-root-ca.pem";

        /// <summary>The CA's private key.</summary>
        public const string CaKeyFile = "sandbox-root-ca.key";

        /// <summary>The server certificate.</summary>
        public const string ServerCertificateFile = "sandbox-server.pem";

        /// <summary>The server certificate's private key.</summary>
        public const string ServerKeyFile = "sandbox-server.key";

        /// <summary>How long a new CA is valid.</summary>
        public static readonly TimeSpan CaLifetime = TimeSpan.FromDays(365);

        /// <summary>How long a new server certificate is valid (capped at the CA's end).</summary>
        public static readonly TimeSpan ServerLifetime = TimeSpan.FromDays(90);

        /// <summary>A certificate with less than this left is replaced (a CA replaced this way must be deployed again).</summary>
        public static readonly TimeSpan RenewBefore = TimeSpan.FromDays(14);

        /// <summary>New certificates start this long before now, for a board whose clock is a little behind.</summary>
        public static readonly TimeSpan Backdate = TimeSpan.FromHours(1);

        private const string ServerAuthOid = "1.3.6.1.5.5.7.3.1";

        /// <summary>
        /// Loads the CA and the server certificate for <paramref name="address"/> from <paramref name="directory"/>,
        /// creating what is missing: a CA when there is none (or it expires within <see cref="RenewBefore"/>), a server
        /// certificate when there is none, it is for another address, was signed by another CA, or expires soon.
        /// </summary>
        /// <param name="directory">The folder (created when missing).</param>
        /// <param name="address">The address the server listens on and the board connects to.</param>
        /// <param name="now">The time now.</param>
        /// <returns>The certificates and what was done.</returns>
        /// <exception cref="InvalidDataException">A file of the folder is unreadable or the CA's files do not match (the message names the file, never a key).</exception>
        /// <exception cref="IOException">The folder cannot be written.</exception>
        public static BringUpTls Prepare(string directory, IPAddress address, DateTimeOffset now)
        {
            ArgumentException.ThrowIfNullOrEmpty(directory);
            ArgumentNullException.ThrowIfNull(address);
            string folder = Path.GetFullPath(directory);
            CreatePrivateFolder(folder);

            string caCertPath = Path.Combine(folder, CaCertificateFile);
            string caKeyPath = Path.Combine(folder, CaKeyFile);
            string serverCertPath = Path.Combine(folder, ServerCertificateFile);
            string serverKeyPath = Path.Combine(folder, ServerKeyFile);

            string caNote;
            X509Certificate2 ca = File.Exists(caCertPath) || File.Exists(caKeyPath) ? LoadPair(caCertPath, caKeyPath) : null;
            if (ca == null)
            {
                caNote = "created now";
            }
            else if (!IsCa(ca))
            {
                ca.Dispose();
                throw new InvalidDataException(caCertPath + " is not a CA certificate; delete " + CaCertificateFile + " and " + CaKeyFile + " to start a new CA");
            }
            else if (ca.NotAfter.ToUniversalTime() - now.UtcDateTime < RenewBefore)
            {
                caNote = "created now: the previous CA expired or expires within " + RenewBefore.TotalDays + " days (deploy the new one to the board)";
                ca.Dispose();
                ca = null;
            }
            else
            {
                caNote = "reused";
            }

            bool caCreated = ca == null;
            if (caCreated)
            {
                ca = CreateCa(now);
                WritePair(ca, caCertPath, caKeyPath);
            }

            string serverNote = null;
            X509Certificate2 server = null;
            if (caCreated)
            {
                serverNote = File.Exists(serverCertPath) ? "created now: new CA" : "created now";
            }
            else if (!File.Exists(serverCertPath) || !File.Exists(serverKeyPath))
            {
                serverNote = "created now";
            }
            else
            {
                server = LoadPair(serverCertPath, serverKeyPath);
                serverNote = WhyReplace(server, ca, address, now);
                if (serverNote != null)
                {
                    server.Dispose();
                    server = null;
                }
            }

            bool serverCreated = server == null;
            if (serverCreated)
            {
                server = CreateServer(ca, address, now);
                WritePair(server, serverCertPath, serverKeyPath);
            }

            // The CA's key is needed only to sign: hand back the public certificate alone.
            X509Certificate2 caPublic = X509CertificateLoader.LoadCertificate(ca.RawData);
            ca.Dispose();
            return new BringUpTls(folder, caCertPath, caPublic, caCreated, caNote, serverCertPath, ForServer(server), serverCreated, serverNote ?? "reused", address);
        }

        /// <summary>Why a stored server certificate cannot serve <paramref name="address"/> (null: it can).</summary>
        private static string WhyReplace(X509Certificate2 server, X509Certificate2 ca, IPAddress address, DateTimeOffset now)
        {
            if (!SignedBy(server, ca))
            {
                return "created now: the stored one was not signed by this CA";
            }

            if (!HasIpSan(server, address))
            {
                return "created now: the address changed";
            }

            if (server.NotAfter.ToUniversalTime() - now.UtcDateTime < RenewBefore)
            {
                return "created now: the stored one expired or expires within " + RenewBefore.TotalDays + " days";
            }

            if (server.NotBefore.ToUniversalTime() > now.UtcDateTime)
            {
                return "created now: the stored one is not valid yet";
            }

            return null;
        }

        private static X509Certificate2 CreateCa(DateTimeOffset now)
        {
            using RSA key = RSA.Create(2048);
            var subject = new X500DistinguishedNameBuilder();
            subject.AddOrganizationName("DeviceFirmware sandbox");
            subject.AddCommonName("DeviceFirmware bring-up CA " + now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " (throw-away, never ship)");
            var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            return request.CreateSelfSigned(now - Backdate, now + CaLifetime);
        }

        private static X509Certificate2 CreateServer(X509Certificate2 ca, IPAddress address, DateTimeOffset now)
        {
            using RSA key = RSA.Create(2048);
            var subject = new X500DistinguishedNameBuilder();
            subject.AddOrganizationName("DeviceFirmware sandbox");
            subject.AddCommonName(address.ToString());
            var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid(ServerAuthOid) }, false));
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(address);
            if (address.AddressFamily == AddressFamily.InterNetwork)
            {
                san.AddDnsName(address.ToString());
            }

            request.CertificateExtensions.Add(san.Build(false));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));

            DateTimeOffset notAfter = now + ServerLifetime;
            var caEnd = new DateTimeOffset(ca.NotAfter.ToUniversalTime(), TimeSpan.Zero);
            if (notAfter > caEnd)
            {
                notAfter = caEnd;
            }

            byte[] serial = RandomNumberGenerator.GetBytes(16);
            serial[0] &= 0x7F;
            using X509Certificate2 signed = request.Create(ca, now - Backdate, notAfter, serial);
            return signed.CopyWithPrivateKey(key);
        }

        private static bool IsCa(X509Certificate2 certificate)
        {
            foreach (X509Extension extension in certificate.Extensions)
            {
                if (extension is X509BasicConstraintsExtension constraints)
                {
                    return constraints.CertificateAuthority;
                }
            }

            return false;
        }

        private static bool SignedBy(X509Certificate2 certificate, X509Certificate2 ca)
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(ca);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid;
            return chain.Build(certificate)
                && chain.ChainElements.Count == 2
                && chain.ChainElements[1].Certificate.RawData.AsSpan().SequenceEqual(ca.RawData);
        }

        private static bool HasIpSan(X509Certificate2 certificate, IPAddress address)
        {
            foreach (X509Extension extension in certificate.Extensions)
            {
                if (extension is X509SubjectAlternativeNameExtension san)
                {
                    foreach (IPAddress listed in san.EnumerateIPAddresses())
                    {
                        if (listed.Equals(address))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static X509Certificate2 LoadPair(string certPath, string keyPath)
        {
            if (!File.Exists(certPath) || !File.Exists(keyPath))
            {
                string missing = File.Exists(certPath) ? keyPath : certPath;
                throw new InvalidDataException(missing + " is missing while its pair is there; restore it, or delete both to start anew");
            }

            TightenKeyFile(keyPath);
            try
            {
                return X509Certificate2.CreateFromPemFile(certPath, keyPath);
            }
            catch (CryptographicException e)
            {
                // The exception's text may quote the PEM label, never key material; keep only its kind.
                throw new InvalidDataException(certPath + " and " + Path.GetFileName(keyPath) + " are not a certificate with its matching PEM key (" + e.GetType().Name + "); delete both to start anew");
            }
            catch (ArgumentException)
            {
                throw new InvalidDataException(certPath + " or " + Path.GetFileName(keyPath) + " holds no PEM certificate or key; delete both to start anew");
            }
        }

        private static void WritePair(X509Certificate2 certificate, string certPath, string keyPath)
        {
            using RSA key = certificate.GetRSAPrivateKey();
            WriteAtomically(keyPath, key.ExportPkcs8PrivateKeyPem(), secret: true);
            WriteAtomically(certPath, certificate.ExportCertificatePem() + "\n", secret: false);
        }

        private static void WriteAtomically(string path, string text, bool secret)
        {
            string temporary = path + ".tmp";
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = secret ? UnixFileMode.UserRead | UnixFileMode.UserWrite : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
            }

            File.Delete(temporary);
            using (var stream = new FileStream(temporary, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(text);
            }

            File.Move(temporary, path, overwrite: true);
        }

        /// <summary>Creates the folder, readable by its owner only where the OS has Unix modes; an existing folder is left as it is.</summary>
        internal static void CreatePrivateFolder(string folder)
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        private static void TightenKeyFile(string keyPath)
        {
            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(keyPath) & ~(UnixFileMode.UserRead | UnixFileMode.UserWrite)) != 0)
            {
                File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        // Schannel (Windows) cannot use the ephemeral key of a PEM-loaded certificate for a TLS server.
        private static X509Certificate2 ForServer(X509Certificate2 certificate)
        {
            if (!OperatingSystem.IsWindows())
            {
                return certificate;
            }

            using (certificate)
            {
                return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
            }
        }
    }
}
