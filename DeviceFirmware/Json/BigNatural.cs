using System;

namespace DeviceFirmware.Json
{
    /// <summary>
    /// A natural number of any size (32-bit limbs, least significant first), mutable, with only
    /// what <see cref="JsonNumber.ToDouble"/> needs to round a decimal exactly: multiply-add by a
    /// small number, shifts, compare and subtract. The device has no BigInteger.
    /// </summary>
    internal sealed class BigNatural
    {
        private uint[] _limbs;

        // Limbs in use; the top one is nonzero (zero has none).
        private int _length;

        /// <summary>Creates zero with room for <paramref name="capacityBits"/> bits before it has to grow.</summary>
        /// <param name="capacityBits">Expected size in bits.</param>
        public BigNatural(int capacityBits)
        {
            _limbs = new uint[(capacityBits / 32) + 1];
        }

        private BigNatural(uint[] limbs, int length)
        {
            _limbs = limbs;
            _length = length;
        }

        /// <summary>True for zero.</summary>
        public bool IsZero
        {
            get { return _length == 0; }
        }

        /// <summary>Bits needed to write the number: 0 for zero, 1 for one, n for 2^(n-1) up to 2^n - 1.</summary>
        public int BitLength
        {
            get
            {
                if (_length == 0)
                {
                    return 0;
                }

                uint top = _limbs[_length - 1];
                int bits = (_length - 1) * 32;
                while (top != 0)
                {
                    bits++;
                    top >>= 1;
                }

                return bits;
            }
        }

        /// <summary>A separate copy with room for <paramref name="extraBits"/> more bits.</summary>
        /// <param name="extraBits">Bits the copy is about to grow by (a shift), so it need not reallocate.</param>
        /// <returns>The copy.</returns>
        public BigNatural Copy(int extraBits)
        {
            uint[] limbs = new uint[_length + (extraBits / 32) + 2];
            Array.Copy(_limbs, limbs, _length);
            return new BigNatural(limbs, _length);
        }

        /// <summary>this = this * factor + addend.</summary>
        /// <param name="factor">The multiplier.</param>
        /// <param name="addend">Added after the multiplication.</param>
        public void MultiplyAdd(uint factor, uint addend)
        {
            ulong carry = addend;
            for (int i = 0; i < _length; i++)
            {
                ulong product = ((ulong)_limbs[i] * factor) + carry;
                _limbs[i] = (uint)product;
                carry = product >> 32;
            }

            if (carry != 0)
            {
                EnsureCapacity(_length + 1);
                _limbs[_length] = (uint)carry;
                _length++;
            }
        }

        /// <summary>this = this * 2^bits.</summary>
        /// <param name="bits">The shift, zero or more.</param>
        public void ShiftLeft(int bits)
        {
            if (_length == 0 || bits == 0)
            {
                return;
            }

            int whole = bits / 32;
            int part = bits % 32;
            EnsureCapacity(_length + whole + 1);
            _limbs[_length + whole] = 0;
            for (int i = _length - 1; i >= 0; i--)
            {
                uint limb = _limbs[i];
                if (part != 0)
                {
                    _limbs[i + whole + 1] |= limb >> (32 - part);
                }

                _limbs[i + whole] = limb << part;
            }

            for (int i = 0; i < whole; i++)
            {
                _limbs[i] = 0;
            }

            _length += whole + 1;
            Trim();
        }

        /// <summary>this = this / 2, rounded down.</summary>
        public void HalveDown()
        {
            for (int i = 0; i < _length; i++)
            {
                uint above = i + 1 < _length ? _limbs[i + 1] : 0;
                _limbs[i] = (_limbs[i] >> 1) | (above << 31);
            }

            Trim();
        }

        /// <summary>Compares with another number.</summary>
        /// <param name="other">The other number.</param>
        /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
        public int CompareTo(BigNatural other)
        {
            if (_length != other._length)
            {
                return _length < other._length ? -1 : 1;
            }

            for (int i = _length - 1; i >= 0; i--)
            {
                if (_limbs[i] != other._limbs[i])
                {
                    return _limbs[i] < other._limbs[i] ? -1 : 1;
                }
            }

            return 0;
        }

        /// <summary>this = this - smaller.</summary>
        /// <param name="smaller">A number not greater than this one.</param>
        public void Subtract(BigNatural smaller)
        {
            long borrow = 0;
            for (int i = 0; i < _length; i++)
            {
                long difference = (long)_limbs[i] - (i < smaller._length ? smaller._limbs[i] : 0) - borrow;
                borrow = difference < 0 ? 1 : 0;
                _limbs[i] = (uint)(difference + (borrow << 32));
            }

            Trim();
        }

        private void EnsureCapacity(int limbs)
        {
            if (_limbs.Length < limbs)
            {
                uint[] grown = new uint[limbs + (limbs / 2)];
                Array.Copy(_limbs, grown, _length);
                _limbs = grown;
            }
        }

        private void Trim()
        {
            while (_length > 0 && _limbs[_length - 1] == 0)
            {
                _length--;
            }
        }
    }
}
