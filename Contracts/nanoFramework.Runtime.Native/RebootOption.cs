// Contract of nanoFramework.Runtime.Native.RebootOption as declared in NuGet nanoFramework.Runtime.Native 1.7.11 (nanoframework/nanoFramework.Runtime.Native nanoFramework.Runtime.Native/RebootOption.cs).
namespace nanoFramework.Runtime.Native
{
    public enum RebootOption
    {
        NormalReboot = 0,
        EnterNanoBooter = 1,
        ClrOnly = 2,
        EnterProprietaryBooter = 8,
    }
}
