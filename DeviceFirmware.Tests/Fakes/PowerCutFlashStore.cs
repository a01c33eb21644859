using System;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>
    /// Wraps a <see cref="MemoryFlashStore"/> and cuts the power after a chosen amount of flash work.
    /// Armed with <see cref="CutPowerAfter"/>(k), it lets exactly k more units land, where a unit is
    /// one written byte or one whole erase (an erase is atomic: a file deletion on LittleFS). The
    /// operation during which the k-th unit lands (or the next one, for k = 0) is cut: a write keeps
    /// its first bytes in the shape chosen by <see cref="TornWriteShape"/>, and every call from then
    /// on throws <see cref="PowerCutException"/>. To reboot, build a new vault over the inner store.
    /// </summary>
    public sealed class PowerCutFlashStore : IFlashStore
    {
        private readonly MemoryFlashStore _flash;
        private readonly TornWriteShape _shape;
        private bool _armed;
        private int _unitsLeft;

        /// <summary>Wraps <paramref name="flash"/>; not armed, it passes every call through.</summary>
        public PowerCutFlashStore(MemoryFlashStore flash, TornWriteShape shape)
        {
            _flash = flash;
            _shape = shape;
        }

        /// <summary>True once the power has been cut.</summary>
        public bool PowerIsCut { get; private set; }

        /// <summary>Arms the cut: power fails once <paramref name="units"/> more units (bytes written or erases) have landed.</summary>
        public void CutPowerAfter(int units)
        {
            if (units < 0)
            {
                throw new ArgumentOutOfRangeException("units");
            }

            _armed = true;
            _unitsLeft = units;
        }

        /// <inheritdoc />
        public byte[] Read(string name)
        {
            ThrowIfCut();
            return _flash.Read(name);
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data)
        {
            ThrowIfCut();
            if (!_armed || data.Length < _unitsLeft)
            {
                _flash.Write(name, data);
                _unitsLeft -= data.Length;
                return;
            }

            _flash.Write(name, Tear(_flash.Read(name), data, _unitsLeft));
            Cut();
        }

        /// <inheritdoc />
        public void Erase(string name)
        {
            ThrowIfCut();
            if (!_armed || _unitsLeft > 1)
            {
                _flash.Erase(name);
                _unitsLeft--;
                return;
            }

            if (_unitsLeft == 1)
            {
                _flash.Erase(name);
            }

            Cut();
        }

        private byte[] Tear(byte[] old, byte[] data, int landed)
        {
            int length = landed;
            if (_shape == TornWriteShape.NewPrefixThenOldBytes && old != null && old.Length > landed)
            {
                length = old.Length;
            }

            byte[] torn = new byte[length];
            Array.Copy(data, torn, landed);
            if (length > landed)
            {
                Array.Copy(old, landed, torn, landed, length - landed);
            }

            return torn;
        }

        private void Cut()
        {
            PowerIsCut = true;
            throw new PowerCutException();
        }

        private void ThrowIfCut()
        {
            if (PowerIsCut)
            {
                throw new PowerCutException();
            }
        }
    }
}
