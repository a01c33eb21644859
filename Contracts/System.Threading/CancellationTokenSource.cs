// Contract of System.Threading.CancellationTokenSource as declared in NuGet nanoFramework.System.Threading 1.1.52 (nanoframework/System.Threading nanoFramework.System.Threading/Threading/CancellationTokenSource.cs).
namespace System.Threading
{
    public class CancellationTokenSource : IDisposable
    {
        public CancellationTokenSource(int millisecondsDelay) { throw null; }

        public CancellationToken Token { get { throw null; } }

        public void Dispose() { throw null; }
    }
}
