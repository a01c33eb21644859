// Contract of System.Security.Cryptography.X509Certificates.X509Certificate as declared in NuGet nanoFramework.System.Net 1.11.54 (nanoframework/System.Net nanoFramework.System.Net/X509Certificates/X509Certificate.cs).
namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate(string certificate) { throw null; }
    }
}
