using System;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// A primary GATT service as the logic declares it: the peripheral adapter registers it and
    /// refers to characteristics by their index in this table.
    /// </summary>
    public sealed class GattServiceTable
    {
        private readonly Guid _serviceUuid;
        private readonly GattCharacteristicSpec[] _characteristics;

        /// <summary>Declares a service.</summary>
        /// <param name="serviceUuid">The 128-bit service UUID (advertised).</param>
        /// <param name="characteristics">The characteristics, in index order.</param>
        public GattServiceTable(Guid serviceUuid, GattCharacteristicSpec[] characteristics)
        {
            if (characteristics == null || characteristics.Length == 0)
            {
                throw new ArgumentException("a service needs at least one characteristic", "characteristics");
            }

            _serviceUuid = serviceUuid;
            _characteristics = characteristics;
        }

        /// <summary>The service UUID.</summary>
        public Guid ServiceUuid
        {
            get { return _serviceUuid; }
        }

        /// <summary>Number of characteristics.</summary>
        public int Count
        {
            get { return _characteristics.Length; }
        }

        /// <summary>The characteristic at an index.</summary>
        /// <param name="index">0 to <see cref="Count"/> - 1.</param>
        /// <returns>Its declaration.</returns>
        public GattCharacteristicSpec At(int index)
        {
            return _characteristics[index];
        }

        /// <summary>Index of the characteristic with a UUID.</summary>
        /// <param name="uuid">The UUID.</param>
        /// <returns>The index, or -1.</returns>
        public int IndexOf(Guid uuid)
        {
            for (int i = 0; i < _characteristics.Length; i++)
            {
                if (_characteristics[i].Uuid.Equals(uuid))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
