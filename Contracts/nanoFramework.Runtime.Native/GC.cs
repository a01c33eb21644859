// Contract of nanoFramework.Runtime.Native.GC as declared in NuGet nanoFramework.Runtime.Native 1.7.11 (nanoframework/nanoFramework.Runtime.Native nanoFramework.Runtime.Native/GC.cs).
namespace nanoFramework.Runtime.Native
{
    public static class GC
    {
        public static uint Run(bool compactHeap) { throw null; }
    }
}
