using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace DeviceFirmware.HostTests.Flashing
{
    /// <summary>
    /// <c>Get-Help ./flash.ps1 -Full</c> shows the script's comment-based help: PowerShell reads it only
    /// when the help block opens the file, so #Requires must come after it.
    /// </summary>
    public class FlashHelpTests
    {
        [Fact]
        public async Task GetHelpFull_ShowsTheSynopsis_AndDescribesEveryParameter()
        {
            // One line per script parameter (common parameters left out): "PARAM name|length of its help text".
            const string Command = """
                $ErrorActionPreference = 'Stop'
                $help = Get-Help ./flash.ps1 -Full
                'SYNOPSIS ' + ($help.Synopsis -replace '\s+', ' ')
                $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
                $described = @{}
                foreach ($p in $help.parameters.parameter) { $described[$p.name] = (($p.description | Out-String).Trim()).Length }
                foreach ($name in (Get-Command ./flash.ps1).Parameters.Keys) {
                    if ($common -notcontains $name) { 'PARAM ' + $name + '|' + $(if ($described.ContainsKey($name)) { $described[$name] } else { -1 }) }
                }
                $full = Get-Help ./flash.ps1 -Full | Out-String -Width 200
                'EXAMPLES ' + ([regex]::Matches($full, 'dotnet pwsh \./flash\.ps1')).Count
                """;

            FlashRun run = await FlashScript.RunCommandAsync(Command);

            Assert.True(run.ExitCode == 0, run.Describe());
            string[] lines = run.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            string synopsis = lines.Single(l => l.StartsWith("SYNOPSIS "));
            Assert.Contains("Puts DeviceFirmware on an ESP32 board with nanoff", synopsis);
            Dictionary<string, int> parameters = lines.Where(l => l.StartsWith("PARAM "))
                .Select(l => l.Substring("PARAM ".Length).Split('|'))
                .ToDictionary(p => p[0], p => int.Parse(p[1]));
            Assert.Equal(
                new[]
                {
                    "SerialPort", "Target", "MassErase", "Image", "ConfigFile", "RootCaFile", "DeviceKey", "Address", "FirmwareVersion",
                    "ConfigOnly", "AllowLoopbackConfig", "DryRun", "InstallNanoff", "NanoffVersion", "NanoffPath", "NanoffCli", "WorkDirectory",
                },
                parameters.Keys.ToArray());
            Assert.All(parameters, p => Assert.True(p.Value > 20, $"-{p.Key} has no description in Get-Help ({p.Value})\n{run.Describe()}"));
            int examples = int.Parse(lines.Single(l => l.StartsWith("EXAMPLES ")).Substring("EXAMPLES ".Length));
            Assert.True(examples >= 4, $"expected the examples spelled 'dotnet pwsh ./flash.ps1'\n{run.Describe()}");
        }
    }
}
