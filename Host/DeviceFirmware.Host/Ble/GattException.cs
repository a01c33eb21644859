using System;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Host.Ble
{
    /// <summary>An ATT request answered with an error where the caller needed a value.</summary>
    public sealed class GattException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public GattException(byte attError, string operation)
            : base($"{operation} failed with ATT error 0x{attError:X2} ({ProvisioningErrors.NameOf(attError)})")
        {
            AttError = attError;
        }

        /// <summary>The ATT error code.</summary>
        public byte AttError { get; }
    }
}
