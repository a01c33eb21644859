namespace DeviceFirmware.Config
{
    /// <summary>
    /// Reads the [slot.&lt;name&gt;] sections into <see cref="SupplySlotSettings"/>, checking what one
    /// key alone cannot: the calibration span, low below refill, and that no two slots share a
    /// DRS slot ID or a sensor channel. Errors name the instance's key and its line.
    /// </summary>
    public static class SupplySlotReader
    {
        /// <summary>Reads every slot section, in file order.</summary>
        /// <param name="values">The file's checked values (read with <see cref="FirmwareConfigSchema.Families"/>).</param>
        /// <returns>The slots (empty when the file has none).</returns>
        /// <exception cref="ConfigException">The first problem found.</exception>
        public static SupplySlotSettings[] Read(ConfigValues values)
        {
            ConfigSectionInstance[] instances = values.InstancesOf(FirmwareConfigSchema.Slots);
            SupplySlotSettings[] slots = new SupplySlotSettings[instances.Length];
            for (int i = 0; i < instances.Length; i++)
            {
                slots[i] = ReadOne(instances[i]);
                for (int j = 0; j < i; j++)
                {
                    CheckDistinct(instances[i], slots[i], instances[j], slots[j]);
                }
            }

            return slots;
        }

        private static SupplySlotSettings ReadOne(ConfigSectionInstance instance)
        {
            ConfigValues v = instance.Values;
            int rawEmpty = v.GetInteger(FirmwareConfigSchema.SlotRawEmpty);
            int rawFull = v.GetInteger(FirmwareConfigSchema.SlotRawFull);
            string problem = SupplySlotSettings.CalibrationProblem(rawEmpty, rawFull);
            if (problem != null)
            {
                throw Error(instance, FirmwareConfigSchema.SlotRawFull, problem);
            }

            int low = v.GetInteger(FirmwareConfigSchema.SlotLowPercent);
            int refill = v.GetInteger(FirmwareConfigSchema.SlotRefillPercent);
            problem = SupplySlotSettings.ThresholdProblem(low, refill);
            if (problem != null)
            {
                // Name the key the file set (refill_percent unless only low_percent was written).
                ConfigKey culprit = v.LineNumberOf(FirmwareConfigSchema.SlotRefillPercent) == 0 ? FirmwareConfigSchema.SlotLowPercent : FirmwareConfigSchema.SlotRefillPercent;
                throw Error(instance, culprit, problem);
            }

            return new SupplySlotSettings(
                instance.Name,
                v.GetText(FirmwareConfigSchema.SlotId),
                v.GetInteger(FirmwareConfigSchema.SlotSensorChannel),
                rawEmpty,
                rawFull,
                low,
                refill,
                v.GetInteger(FirmwareConfigSchema.SlotLowReadings),
                v.GetInteger(FirmwareConfigSchema.SlotSampleSeconds),
                v.GetInteger(FirmwareConfigSchema.SlotOriginalQuantity),
                v.GetText(FirmwareConfigSchema.SlotUnit));
        }

        private static void CheckDistinct(ConfigSectionInstance later, SupplySlotSettings laterSlot, ConfigSectionInstance earlier, SupplySlotSettings earlierSlot)
        {
            if (laterSlot.SlotId == earlierSlot.SlotId)
            {
                throw Error(later, FirmwareConfigSchema.SlotId, "slot ID already used by [" + earlier.SectionName + "]: one section per DRS slot");
            }

            if (laterSlot.SensorChannel == earlierSlot.SensorChannel)
            {
                throw Error(later, FirmwareConfigSchema.SlotSensorChannel, "channel " + laterSlot.SensorChannel + " already used by [" + earlier.SectionName + "]: one sensor per slot");
            }
        }

        private static ConfigException Error(ConfigSectionInstance instance, ConfigKey key, string problem)
        {
            int line = instance.Values.LineNumberOf(key);
            return new ConfigException(line, instance.QualifiedName(key), problem);
        }
    }
}
