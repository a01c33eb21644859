using System;

namespace DeviceFirmware.Provisioning
{
    /// <summary>One characteristic of a <see cref="GattServiceTable"/>: its UUID, access and the link security each access needs.</summary>
    public sealed class GattCharacteristicSpec
    {
        private readonly Guid _uuid;
        private readonly GattAccess _access;
        private readonly LinkProtection _readProtection;
        private readonly LinkProtection _writeProtection;
        private readonly string _description;

        /// <summary>Declares a characteristic.</summary>
        /// <param name="uuid">Its 128-bit UUID.</param>
        /// <param name="access">Read, write, notify.</param>
        /// <param name="readProtection">Link security a read needs.</param>
        /// <param name="writeProtection">Link security a write needs.</param>
        /// <param name="description">User description (descriptor 0x2901), plain ASCII.</param>
        public GattCharacteristicSpec(Guid uuid, GattAccess access, LinkProtection readProtection, LinkProtection writeProtection, string description)
        {
            _uuid = uuid;
            _access = access;
            _readProtection = readProtection;
            _writeProtection = writeProtection;
            _description = description;
        }

        /// <summary>The characteristic UUID.</summary>
        public Guid Uuid
        {
            get { return _uuid; }
        }

        /// <summary>What clients may do.</summary>
        public GattAccess Access
        {
            get { return _access; }
        }

        /// <summary>Link security a read needs.</summary>
        public LinkProtection ReadProtection
        {
            get { return _readProtection; }
        }

        /// <summary>Link security a write needs.</summary>
        public LinkProtection WriteProtection
        {
            get { return _writeProtection; }
        }

        /// <summary>User description for generic BLE tools.</summary>
        public string Description
        {
            get { return _description; }
        }

        /// <summary>True when clients may read it.</summary>
        public bool IsReadable
        {
            get { return (_access & GattAccess.Read) != 0; }
        }

        /// <summary>True when clients may write it.</summary>
        public bool IsWritable
        {
            get { return (_access & GattAccess.Write) != 0; }
        }

        /// <summary>True when clients may subscribe to notifications.</summary>
        public bool IsNotifiable
        {
            get { return (_access & GattAccess.Notify) != 0; }
        }
    }
}
