using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace DeviceFirmware.Sandbox.Http
{
    /// <summary>
    /// A host lifetime that ignores process signals. The default (ConsoleLifetime) takes Ctrl+C and
    /// SIGTERM for itself, so a sandbox started inside the simulator or a test run would stop on the
    /// user's Ctrl+C and swallow it; the sandbox stops only when its owner disposes it.
    /// </summary>
    internal sealed class InProcessLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
