using System;
using System.IO;
using DeviceFirmware.Config;

namespace DeviceFirmware.Simulator
{
    /// <summary>The simulator's entry point: the story by default, a soak with --days (see --help).</summary>
    public static class Program
    {
        /// <summary>Entry point: <c>dotnet run --project Host/Simulator [-- options]</c>.</summary>
        /// <returns>0 when the run met its targets, 1 when not, 2 for bad arguments or configuration.</returns>
        public static int Main(string[] args)
        {
            SimulationSettings settings;
            int? days;
            try
            {
                settings = SimulatorOptions.Parse(args, out days, out bool help);
                if (help)
                {
                    Console.WriteLine(SimulatorOptions.Usage);
                    return 0;
                }
            }
            catch (Exception e) when (e is FormatException || e is IOException || e is UnauthorizedAccessException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            try
            {
                using var run = new SimulationRun(settings, Console.Out);
                SimulationReport report = days.HasValue ? run.RunSoak(days.Value) : run.RunStory();
                Console.WriteLine();
                Console.Write(report.ToText());
                bool ok = report.DuplicateOrders == 0 && report.TickFailures == 0 && report.Orders >= report.LowEpisodes - report.EpisodesAwaitingOrder && report.Orders > 0;
                return ok ? 0 : 1;
            }
            catch (ConfigException e)
            {
                Console.Error.WriteLine(e.Message + " (" + settings.ConfigSource + ")");
                return 2;
            }
            catch (InvalidDataException e)
            {
                // A kept flash folder whose sandbox state or clock file is damaged: nothing was changed in it.
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        }
    }
}
