using System;
using System.Collections.Generic;

namespace DeviceFirmware.Sandbox.State
{
    /// <summary>A device registered with DRS for a user: its slots, orders, status reports and token families.</summary>
    internal sealed class Registration
    {
        private readonly List<SlotState> _slots = new List<SlotState>();

        public Registration(DeviceIdentity device, string userId, DateTimeOffset registeredAt, IEnumerable<SandboxSlot> slots)
        {
            Device = device;
            IsTestDevice = device.IsTestDevice;
            UserId = userId;
            RegisteredAt = registeredAt;
            Active = true;
            foreach (SandboxSlot slot in slots)
            {
                _slots.Add(new SlotState(slot));
            }
        }

        public DeviceIdentity Device { get; }

        /// <summary>From the latest authorization for the device.</summary>
        public bool IsTestDevice { get; set; }

        public string UserId { get; }

        public DateTimeOffset RegisteredAt { get; }

        public bool Active { get; set; }

        public List<TokenFamily> Families { get; } = new List<TokenFamily>();

        public List<Order> Orders { get; } = new List<Order>();

        public IReadOnlyList<SlotState> Slots => _slots;

        public int DeviceStatusReports { get; set; }

        public DateTimeOffset? MostRecentlyActiveDate { get; set; }

        public SlotState FindSlot(string slotId)
        {
            foreach (SlotState slot in _slots)
            {
                if (string.Equals(slot.SlotId, slotId, StringComparison.Ordinal))
                {
                    return slot;
                }
            }

            return null;
        }

        public SandboxRegistration Snapshot()
        {
            var slots = new List<SandboxSlotState>();
            foreach (SlotState slot in _slots)
            {
                slots.Add(slot.Snapshot());
            }

            return new SandboxRegistration(Device.Model, Device.Serial, IsTestDevice, UserId, Active, RegisteredAt, DeviceStatusReports, MostRecentlyActiveDate, slots.AsReadOnly());
        }
    }
}
