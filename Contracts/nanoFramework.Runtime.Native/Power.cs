// Contract of nanoFramework.Runtime.Native.Power as declared in NuGet nanoFramework.Runtime.Native 1.7.11 (nanoframework/nanoFramework.Runtime.Native nanoFramework.Runtime.Native/Power.cs).
namespace nanoFramework.Runtime.Native
{
    public class Power
    {
        public static void RebootDevice() { throw null; }
    }
}
