// Contract of nanoFramework.Runtime.Native.Power as declared in NuGet nanoFramework.Runtime.Native 1.7.11 (nanoframework/nanoFramework.Runtime.Native nanoFramework.Runtime.Native/Power.cs; signature read from the real 1.7.11 assembly).
namespace nanoFramework.Runtime.Native
{
    public class Power
    {
        // 1.7.11 has no parameterless overload: RebootDevice() binds to this one through the optional argument.
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot) { throw null; }
    }
}
