using System;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Sandbox.Faults;

namespace DeviceFirmware.Simulator
{
    /// <summary>A --fault option: <c>endpoint:kind[:count]</c> for the sandbox, or <c>wifi:WrongPassword[:count]</c> for the simulated network.</summary>
    public sealed class FaultSpec
    {
        /// <summary>The sandbox endpoint, or null for the Wi-Fi fault.</summary>
        public SandboxEndpoint? Endpoint { get; init; }

        /// <summary>The sandbox fault kind (when <see cref="Endpoint"/> is set).</summary>
        public FaultKind Kind { get; init; }

        /// <summary>How many requests (or joins) it applies to; <see cref="SandboxFault.Always"/> for all.</summary>
        public int Count { get; init; } = 1;

        /// <summary>True for the simulated network's wrong-password fault.</summary>
        public bool WrongWifiPassword => Endpoint == null;

        /// <summary>Parses the option value; throws <see cref="FormatException"/> naming what is wrong.</summary>
        public static FaultSpec Parse(string text)
        {
            string[] parts = text.Split(':');
            if (parts.Length < 2 || parts.Length > 3)
            {
                throw new FormatException($"--fault {text}: expected <endpoint>:<kind>[:count], e.g. replenish:ServiceUnavailable:3");
            }

            int count = 1;
            if (parts.Length == 3)
            {
                if (parts[2].Equals("always", StringComparison.OrdinalIgnoreCase))
                {
                    count = SandboxFault.Always;
                }
                else if (!int.TryParse(parts[2], out count) || count < 1)
                {
                    throw new FormatException($"--fault {text}: count must be a positive number or 'always'");
                }
            }

            if (parts[0].Equals("wifi", StringComparison.OrdinalIgnoreCase))
            {
                if (!parts[1].Equals("WrongPassword", StringComparison.OrdinalIgnoreCase))
                {
                    throw new FormatException($"--fault {text}: the wifi fault is WrongPassword");
                }

                return new FaultSpec { Count = count == SandboxFault.Always ? int.MaxValue : count };
            }

            if (!Enum.TryParse(parts[0], true, out SandboxEndpoint endpoint) || endpoint == SandboxEndpoint.Unknown)
            {
                throw new FormatException($"--fault {text}: unknown endpoint '{parts[0]}' (one of {string.Join(", ", Enum.GetNames<SandboxEndpoint>()[1..])}, wifi)");
            }

            if (!Enum.TryParse(parts[1], true, out FaultKind kind))
            {
                throw new FormatException($"--fault {text}: unknown kind '{parts[1]}' (one of {string.Join(", ", Enum.GetNames<FaultKind>())})");
            }

            return new FaultSpec { Endpoint = endpoint, Kind = kind, Count = count };
        }

        /// <inheritdoc />
        public override string ToString() => WrongWifiPassword ? $"wifi:WrongPassword x{Count}" : $"{Endpoint}:{Kind} x{(Count == SandboxFault.Always ? "always" : Count.ToString())}";
    }
}
