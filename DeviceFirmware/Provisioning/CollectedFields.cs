using System;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// The five values received so far (SSID, password, code, redirect URI, client ID), as checked
    /// bytes. Replacing or clearing a value wipes the old bytes. Not thread-safe: its owner locks.
    /// </summary>
    public sealed class CollectedFields
    {
        private const int FieldCount = CharacteristicIndex.LastField - CharacteristicIndex.FirstField + 1;

        private readonly byte[][] _values = new byte[FieldCount][];

        /// <summary>True when all five values are present.</summary>
        public bool HasAll
        {
            get
            {
                for (int i = 0; i < FieldCount; i++)
                {
                    if (_values[i] == null)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>True when the SSID and the password are present: all the web-app flow needs.</summary>
        public bool HasWifi
        {
            get { return _values[CharacteristicIndex.WifiSsid - CharacteristicIndex.FirstField] != null && _values[CharacteristicIndex.WifiPassword - CharacteristicIndex.FirstField] != null; }
        }

        /// <summary>
        /// Bit per field present, as the status characteristic reports it: 0x01 SSID, 0x02 password,
        /// 0x04 code, 0x08 redirect URI, 0x10 client ID.
        /// </summary>
        public byte Mask
        {
            get
            {
                int mask = 0;
                for (int i = 0; i < FieldCount; i++)
                {
                    if (_values[i] != null)
                    {
                        mask |= 1 << i;
                    }
                }

                return (byte)mask;
            }
        }

        /// <summary>Keeps a value, wiping the one it replaces; the array is kept, not copied.</summary>
        /// <param name="characteristicIndex">One of the five fields.</param>
        /// <param name="value">The checked value.</param>
        public void Set(int characteristicIndex, byte[] value)
        {
            int slot = SlotOf(characteristicIndex);
            Wipe(slot);
            _values[slot] = value;
        }

        /// <summary>A copy of a value, or null when it was not received.</summary>
        /// <param name="characteristicIndex">One of the five fields.</param>
        /// <returns>The bytes (the caller wipes them after use).</returns>
        public byte[] CopyOf(int characteristicIndex)
        {
            byte[] value = _values[SlotOf(characteristicIndex)];
            if (value == null)
            {
                return null;
            }

            byte[] copy = new byte[value.Length];
            Array.Copy(value, copy, value.Length);
            return copy;
        }

        /// <summary>Forgets one value, wiping it.</summary>
        /// <param name="characteristicIndex">One of the five fields.</param>
        public void Clear(int characteristicIndex)
        {
            Wipe(SlotOf(characteristicIndex));
        }

        /// <summary>Forgets every value, wiping them.</summary>
        public void ClearAll()
        {
            for (int i = 0; i < FieldCount; i++)
            {
                Wipe(i);
            }
        }

        private static int SlotOf(int characteristicIndex)
        {
            if (!CharacteristicIndex.IsField(characteristicIndex))
            {
                throw new ArgumentOutOfRangeException("characteristicIndex", CharacteristicIndex.NameOf(characteristicIndex) + " is not a field");
            }

            return characteristicIndex - CharacteristicIndex.FirstField;
        }

        private void Wipe(int slot)
        {
            if (_values[slot] != null)
            {
                Array.Clear(_values[slot], 0, _values[slot].Length);
                _values[slot] = null;
            }
        }
    }
}
