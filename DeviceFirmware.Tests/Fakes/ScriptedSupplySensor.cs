using System.Collections;
using DeviceFirmware.Replenishment;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>
    /// A sensor whose channels (0..7) read a level set by the test, plus a cycling noise pattern
    /// added sample by sample, plus exact queued samples and injected failures. Deterministic, so
    /// a "noisy curve" is the same on every run.
    /// </summary>
    public sealed class ScriptedSupplySensor : ISupplySensor
    {
        private const int Channels = 8;

        private readonly int[] _levels = new int[Channels];
        private readonly int[] _failuresLeft = new int[Channels];
        private readonly int[] _noiseIndex = new int[Channels];
        private readonly ArrayList[] _queued = new ArrayList[Channels];
        private int[] _noise = new int[] { 0 };

        /// <summary>Creates the sensor: every channel reads 0 until set.</summary>
        public ScriptedSupplySensor()
        {
            for (int i = 0; i < Channels; i++)
            {
                _queued[i] = new ArrayList();
            }
        }

        /// <summary>Samples taken so far (failed ones included).</summary>
        public int SampleCount { get; private set; }

        /// <summary>Sets the level a channel reads from now on (noise added).</summary>
        public void Set(int channel, int raw)
        {
            _levels[channel] = raw;
        }

        /// <summary>The level a channel reads without noise.</summary>
        public int LevelOf(int channel)
        {
            return _levels[channel];
        }

        /// <summary>Sets the noise pattern added to every channel, one offset per sample, cycling.</summary>
        public void SetNoise(int[] offsets)
        {
            _noise = offsets;
            for (int i = 0; i < Channels; i++)
            {
                _noiseIndex[i] = 0;
            }
        }

        /// <summary>Queues exact samples, read before the level (no noise added).</summary>
        public void Queue(int channel, int[] samples)
        {
            for (int i = 0; i < samples.Length; i++)
            {
                _queued[channel].Add(samples[i]);
            }
        }

        /// <summary>Makes the next <paramref name="samples"/> samples of a channel fail.</summary>
        public void FailNext(int channel, int samples)
        {
            _failuresLeft[channel] = samples;
        }

        /// <inheritdoc />
        public int ReadRaw(int channel)
        {
            SampleCount++;
            if (channel < 0 || channel >= Channels)
            {
                throw new SupplySensorException(channel, "no such channel", null);
            }

            if (_failuresLeft[channel] > 0)
            {
                _failuresLeft[channel]--;
                throw new SupplySensorException(channel, "scripted failure", null);
            }

            if (_queued[channel].Count > 0)
            {
                int sample = (int)_queued[channel][0];
                _queued[channel].RemoveAt(0);
                return sample;
            }

            int offset = _noise[_noiseIndex[channel]];
            _noiseIndex[channel] = (_noiseIndex[channel] + 1) % _noise.Length;
            return _levels[channel] + offset;
        }
    }
}
