using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace DeviceFirmware.Companion
{
    /// <summary>
    /// A host lifetime deaf to process signals. The default (ConsoleLifetime) takes Ctrl+C and SIGTERM for
    /// itself and cancels the process's termination, so a host inside a test run or <see cref="Program"/>
    /// would stop its server but leave the process waiting; the host stops only when its owner disposes it.
    /// </summary>
    internal sealed class OwnerLifetime : IHostLifetime
    {
        /// <inheritdoc />
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        /// <inheritdoc />
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
