using System;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// The value of the status characteristic, 6 bytes so that it fits a notification at MTU 23:
    /// <code>
    /// byte 0     state (<see cref="ProvisioningState"/>)
    /// byte 1     last error (<see cref="ProvisioningErrors"/>)
    /// byte 2     attempt: the challenge's attempt number, 1..255 (0: no challenge)
    /// byte 3     fields received: 0x01 SSID, 0x02 password, 0x04 code, 0x08 redirect URI, 0x10 client ID
    /// bytes 4-5  seconds until the window closes, little-endian (0 when closed)
    /// </code>
    /// </summary>
    public sealed class StatusValue
    {
        /// <summary>Encoded length.</summary>
        public const int Length = 6;

        private readonly ProvisioningState _state;
        private readonly byte _lastError;
        private readonly byte _attempt;
        private readonly byte _fieldsReceived;
        private readonly int _secondsLeft;

        /// <summary>Creates a status.</summary>
        /// <param name="state">The state.</param>
        /// <param name="lastError">The last error.</param>
        /// <param name="attempt">The attempt number.</param>
        /// <param name="fieldsReceived">Bit mask of received fields.</param>
        /// <param name="secondsLeft">Seconds left in the window (clamped to 0..65535).</param>
        public StatusValue(ProvisioningState state, byte lastError, byte attempt, byte fieldsReceived, int secondsLeft)
        {
            _state = state;
            _lastError = lastError;
            _attempt = attempt;
            _fieldsReceived = fieldsReceived;
            _secondsLeft = secondsLeft < 0 ? 0 : (secondsLeft > 0xFFFF ? 0xFFFF : secondsLeft);
        }

        /// <summary>The state.</summary>
        public ProvisioningState State
        {
            get { return _state; }
        }

        /// <summary>The last error.</summary>
        public byte LastError
        {
            get { return _lastError; }
        }

        /// <summary>The attempt number of the current challenge.</summary>
        public byte Attempt
        {
            get { return _attempt; }
        }

        /// <summary>Bit mask of the fields received.</summary>
        public byte FieldsReceived
        {
            get { return _fieldsReceived; }
        }

        /// <summary>Seconds until the window closes.</summary>
        public int SecondsLeft
        {
            get { return _secondsLeft; }
        }

        /// <summary>Decodes a status value.</summary>
        /// <param name="value">At least 6 bytes (later protocol versions may append bytes).</param>
        /// <returns>The status.</returns>
        public static StatusValue Parse(byte[] value)
        {
            if (value == null || value.Length < Length)
            {
                throw new ArgumentException("a status value has at least " + Length + " bytes", "value");
            }

            return new StatusValue((ProvisioningState)value[0], value[1], value[2], value[3], value[4] | (value[5] << 8));
        }

        /// <summary>Encodes the status.</summary>
        /// <returns>6 bytes.</returns>
        public byte[] ToBytes()
        {
            return new byte[]
            {
                (byte)_state,
                _lastError,
                _attempt,
                _fieldsReceived,
                (byte)(_secondsLeft & 0xFF),
                (byte)(_secondsLeft >> 8),
            };
        }

        /// <summary>Describes the status for logs.</summary>
        /// <returns>For example "state=1 error=NONE attempt=3 fields=0x1f left=540s".</returns>
        public override string ToString()
        {
            return "state=" + (int)_state + " error=" + ProvisioningErrors.NameOf(_lastError) + " attempt=" + _attempt
                + " fields=0x" + _fieldsReceived.ToString("x2") + " left=" + _secondsLeft + "s";
        }
    }
}
