// Contract of System.Net.Security.SslProtocols as declared in NuGet nanoFramework.System.Net 1.11.54 (nanoframework/System.Net nanoFramework.System.Net/Security/NetworkSecurity.cs; values and attributes read from the real 1.11.54 assembly).
namespace System.Net.Security
{
    [Flags]
    public enum SslProtocols
    {
        None = 0x00,

        // Obsolete in the package too: a use is a warning, an error in the warnings-as-errors device build.
        [Obsolete("This value is obsolete and unsecured and will be removed in a future version.")]
        Tls = 0xC0,

        [Obsolete("This value is obsolete and unsecured and will be removed in a future version.")]
        Tls11 = 0x300,

        Tls12 = 0xC00,
        Tls13 = 0x3000,
    }
}
