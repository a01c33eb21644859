using DeviceFirmware.Auth;

namespace DeviceFirmware.HeapBudget.Ports
{
    /// <summary>Random bytes counting up: distinct, deterministic, no table kept.</summary>
    public sealed class CountingRandomSource : IRandomSource
    {
        private byte _next = 3;

        /// <inheritdoc />
        public void NextBytes(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = _next;
                _next = unchecked((byte)(_next + 1));
            }
        }
    }
}
