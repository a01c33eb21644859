using System;
using System.IO;
using DeviceFirmware.Config;

namespace DeviceFirmware.Simulator
{
    /// <summary>The simulator's entry point: the story by default, the web-app story with --flow web-app, a soak with --days, a check of an nf.config with --check-config (see --help).</summary>
    public static class Program
    {
        /// <summary>Entry point: <c>dotnet run --project Host/Simulator [-- options]</c>.</summary>
        /// <returns>0 when the run met its targets (or the nf.config is valid), 1 when not, 2 for a bad argument.</returns>
        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>The program with its output streams (tests).</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            SimulatorCommand command;
            try
            {
                command = SimulatorOptions.Parse(args);
            }
            catch (FormatException e)
            {
                error.WriteLine(e.Message);
                return 2;
            }

            if (command.Help)
            {
                output.WriteLine(SimulatorOptions.Usage);
                return 0;
            }

            if (command.CheckConfigPath != null)
            {
                return CheckConfig(command.CheckConfigPath, output, error);
            }

            if (command.WebAppFlow)
            {
                using var story = new WebAppStory(command.Settings, output);
                SimulationReport played = story.Play();
                output.WriteLine();
                output.Write(played.ToText());
                return played.Passed ? 0 : 1;
            }

            try
            {
                using var run = new SimulationRun(command.Settings, output);
                SimulationReport report = command.Days.HasValue ? run.RunSoak(command.Days.Value) : run.RunStory();
                output.WriteLine();
                output.Write(report.ToText());
                return report.Passed ? 0 : 1;
            }
            catch (InvalidDataException e)
            {
                // A kept flash folder whose sandbox state or clock file is damaged: nothing was changed in it.
                error.WriteLine("--flash-dir " + command.Settings.FlashDir + ": " + e.Message);
                return 2;
            }
        }

        /// <summary>--check-config: the firmware's own parser on the file, nothing else started.</summary>
        public static int CheckConfig(string path, TextWriter output, TextWriter error)
        {
            string text = SimulatorOptions.ReadConfigFile(path, "--check-config");
            FirmwareConfig config;
            try
            {
                config = FirmwareConfig.Parse(text);
            }
            catch (ConfigException e)
            {
                error.WriteLine(e.Message + " (" + path + ")");
                return 1;
            }

            output.WriteLine(ConfigException.FileName + ": OK (" + path + ")");
            output.WriteLine("  device:       model " + config.DeviceModel + ", serial " + (config.SerialSource == SerialSource.Mac ? "from the chip's Wi-Fi MAC" : config.Serial)
                + ", chip " + ChipPins.NameOf(config.Chip) + ", status LED GPIO " + config.StatusLedPin + ", region " + config.Region);
            if (config.Flow == FirmwareFlow.WebApp)
            {
                output.WriteLine("  flow:         web-app, web application " + config.CloudUrl + " (needs the device key I:\\device.key on the board)");
            }
            else
            {
                output.WriteLine("  LWA token:    " + config.LwaTokenUrl);
                output.WriteLine("  DRS:          " + config.DrsBaseUrl);
                output.WriteLine("  PKCE:         " + config.PkceMethod + ", verifier " + config.PkceVerifierLength + " characters");
            }

            output.WriteLine("  provisioning: " + config.Provisioning);
            for (int i = 0; i < config.SlotCount; i++)
            {
                SupplySlotSettings slot = config.SlotAt(i);
                output.WriteLine($"  slot {slot.Name}: DRS slot {slot.SlotId}, ADC1 channel {slot.SensorChannel}, raw {slot.RawEmpty} empty to {slot.RawFull} full, "
                    + $"low at {slot.LowPercent} %, refilled at {slot.RefillPercent} %, {slot.LowReadings} readings {slot.SampleSeconds} s apart, full = {slot.OriginalQuantity} {slot.Unit}");
            }

            return 0;
        }
    }
}
