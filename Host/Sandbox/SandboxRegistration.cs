using System;
using System.Collections.Generic;

namespace DeviceFirmware.Sandbox
{
    /// <summary>A snapshot of a device registration: created by the first code exchange for a model and serial, ended by deregistration.</summary>
    public sealed class SandboxRegistration
    {
        /// <summary>A snapshot.</summary>
        /// <param name="model">DRS device model ID.</param>
        /// <param name="serial">Device serial.</param>
        /// <param name="isTestDevice">Whether orders are test orders.</param>
        /// <param name="userId">The user who authorized it.</param>
        /// <param name="active">False once deregistered.</param>
        /// <param name="registeredAt">When it was created, on the sandbox clock.</param>
        /// <param name="deviceStatusReports">Device status reports accepted so far.</param>
        /// <param name="mostRecentlyActiveDate">The latest reported mostRecentlyActiveDate, or null.</param>
        /// <param name="slots">The slots.</param>
        public SandboxRegistration(string model, string serial, bool isTestDevice, string userId, bool active, DateTimeOffset registeredAt, int deviceStatusReports, DateTimeOffset? mostRecentlyActiveDate, IReadOnlyList<SandboxSlotState> slots)
        {
            Model = model;
            Serial = serial;
            IsTestDevice = isTestDevice;
            UserId = userId;
            Active = active;
            RegisteredAt = registeredAt;
            DeviceStatusReports = deviceStatusReports;
            MostRecentlyActiveDate = mostRecentlyActiveDate;
            Slots = slots;
        }

        /// <summary>DRS device model ID.</summary>
        public string Model { get; }

        /// <summary>Device serial.</summary>
        public string Serial { get; }

        /// <summary>Whether the authorization said is_test_device (orders are TEST_ORDER_PLACED).</summary>
        public bool IsTestDevice { get; }

        /// <summary>The user who authorized the device.</summary>
        public string UserId { get; }

        /// <summary>False once deregistered (by DELETE /registration or <see cref="SandboxServer.Deregister"/>).</summary>
        public bool Active { get; }

        /// <summary>When the registration was created, on the sandbox clock.</summary>
        public DateTimeOffset RegisteredAt { get; }

        /// <summary>Device status reports accepted so far.</summary>
        public int DeviceStatusReports { get; }

        /// <summary>The latest reported mostRecentlyActiveDate, or null.</summary>
        public DateTimeOffset? MostRecentlyActiveDate { get; }

        /// <summary>The slots, in configuration order.</summary>
        public IReadOnlyList<SandboxSlotState> Slots { get; }
    }
}
