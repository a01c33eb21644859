using System;
using System.Collections.Generic;
using System.Text.Json;
using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.State;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>POST /deviceStatus: exactly {"mostRecentlyActiveDate":"&lt;ISO-8601 UTC&gt;"}. Recorded on the registration; 200 with no body.</summary>
    internal sealed class DeviceStatusHandler
    {
        private const string Field = "mostRecentlyActiveDate";

        public Reply Handle(DrsCall call)
        {
            if (!call.Request.HasMediaType("application/json"))
            {
                return Reply.Message(400, "Content-Type must be application/json");
            }

            Dictionary<string, JsonElement> members = JsonBody.Members(call.Request.Body, out string error);
            if (members == null)
            {
                return Reply.Message(400, error);
            }

            foreach (string name in members.Keys)
            {
                if (name != Field)
                {
                    return Reply.Message(400, "Unknown field " + name + " (device status takes " + Field + ")");
                }
            }

            if (!SlotStatusHandler.Date(members, Field, out DateTimeOffset active, out error))
            {
                return Reply.Message(400, error);
            }

            call.Registration.MostRecentlyActiveDate = active;
            call.Registration.DeviceStatusReports++;
            return call.EmptyOk("device status recorded");
        }
    }
}
