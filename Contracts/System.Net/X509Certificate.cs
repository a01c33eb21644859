// Contract of System.Security.Cryptography.X509Certificates.X509Certificate as declared in NuGet nanoFramework.System.Net 1.11.54 (nanoframework/System.Net nanoFramework.System.Net/X509Certificates/X509Certificate.cs).
namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate() { throw null; }

        public X509Certificate(byte[] certificate) { throw null; }

        public X509Certificate(byte[] certificate, string password) { throw null; }

        public X509Certificate(string certificate) { throw null; }

        public X509Certificate(string certificate, string password) { throw null; }

        public virtual string Issuer { get { throw null; } }

        public virtual string Subject { get { throw null; } }

        public virtual DateTime GetEffectiveDate() { throw null; }

        public virtual DateTime GetExpirationDate() { throw null; }

        public virtual byte[] GetRawCertData() { throw null; }
    }
}
