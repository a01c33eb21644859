using System;
using DeviceFirmware.Auth;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A random source that returns scripted bytes, cycling through them, and counts calls.</summary>
    public sealed class ScriptedRandomSource : IRandomSource
    {
        private readonly byte[] _script;
        private int _next;

        /// <summary>Creates a source that returns <paramref name="script"/> byte by byte, wrapping around.</summary>
        public ScriptedRandomSource(byte[] script)
        {
            _script = script;
        }

        /// <summary>Number of bytes handed out so far.</summary>
        public int BytesDrawn { get; private set; }

        /// <inheritdoc />
        public void NextBytes(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = _script[_next];
                _next = (_next + 1) % _script.Length;
            }

            BytesDrawn += buffer.Length;
        }

        /// <summary>A source counting up from <paramref name="start"/>: distinct, non-constant bytes.</summary>
        public static ScriptedRandomSource Counting(int start)
        {
            byte[] script = new byte[256];
            for (int i = 0; i < script.Length; i++)
            {
                script[i] = (byte)(start + i);
            }

            return new ScriptedRandomSource(script);
        }
    }
}
