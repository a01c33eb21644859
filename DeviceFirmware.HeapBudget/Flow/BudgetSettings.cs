using System;

namespace DeviceFirmware.HeapBudget.Flow
{
    /// <summary>What the flow's device is: its nf.config, identity and the endpoints the fake LWA + DRS answer.</summary>
    public static class BudgetSettings
    {
        /// <summary>The LWA token endpoint.</summary>
        public const string TokenUrl = "https://api.amazon.com/auth/o2/token";

        /// <summary>The DRS base URL.</summary>
        public const string DrsBaseUrl = "https://dash-replenishment-service-na.amazon.com";

        /// <summary>The slot's DRS slot ID.</summary>
        public const string SlotId = "slot-a";

        /// <summary>The device serial.</summary>
        public const string Serial = "240AC45E1A70";

        /// <summary>The firmware version published over BLE.</summary>
        public const string FirmwareVersion = "1.0.0";

        /// <summary>nf.config: one slot on channel 0, raw 1000 (empty) to 3000 (full), low at 20 %, a reading a minute.</summary>
        public const string ConfigText = "[device]\nmodel = DeviceFirmwareSim\nserial = 240AC45E1A70\n[lwa]\ntoken_url = " + TokenUrl + "\n[drs]\nbase_url = " + DrsBaseUrl + "\n"
            + "[slot.coffee]\nslot_id = " + SlotId + "\nsensor_channel = 0\nraw_empty = 1000\nraw_full = 3000\noriginal_quantity = 500\nunit = g\n";

        /// <summary>When the flow's clock starts.</summary>
        public static readonly DateTime Start = new DateTime(2025, 3, 1, 8, 0, 0);
    }
}
