// Contract of System.Threading.CancellationToken as declared in NuGet nanoFramework.System.Threading 1.1.52 (nanoframework/System.Threading nanoFramework.System.Threading/Threading/CancellationToken.cs).
namespace System.Threading
{
    public struct CancellationToken
    {
    }
}
