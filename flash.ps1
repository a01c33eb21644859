#Requires -Version 7.2
<#
.SYNOPSIS
    Puts DeviceFirmware on an ESP32 board with nanoff: nanoCLR, nf.config and the root CA on I:\,
    then the application image.

.DESCRIPTION
    Steps (nanoff 2.x command lines; nanoff 3.x gets the same steps in its verb syntax, see -NanoffCli):
      1. nanoff --update --target T --serialport P [--masserase] --filedeployment <json>
         flashes nanoCLR for target T, then copies nf.config to I:\nf.config and the root CA to
         I:\AmazonRootCA1.pem (the <json> file lists them; it is written to -WorkDirectory).
      2. nanoff --target T --serialport P --deploy --image <bin> [--address A]
         writes the application image. nanoff hard-resets an ESP32 after writing its flash, so the
         board reboots into the firmware, which then reads I:\nf.config: that is the reset step
         (nanoff's --reset is implemented for STM32 only and has no effect on an ESP32).

    Every prerequisite is checked first and each missing one is reported with how to fix it.
    -WhatIf (or -DryRun) prints every command instead of running it, one per line, prefixed
    "would run: "; a dry run does not need nanoff.

    Exit codes: 0 done (or plan printed); 2 bad parameter (target without Bluetooth LE, bad address);
    3 no serial port; 4 application image missing or empty; 5 nf.config missing or empty;
    6 root CA file missing or not PEM; 7 nanoff not found; 8 nanoff version not recognised;
    9 installing or updating nanoff failed; 10 a nanoff step failed.
    When several prerequisites are missing, all are reported and the exit code is the first one's.

.PARAMETER SerialPort
    Serial port of the board: COM3 on Windows, /dev/ttyUSB0 or /dev/ttyACM0 on Linux,
    /dev/cu.usbserial-XXXX on macOS. `nanoff --listports` (2.x) or `nanoff list ports` (3.x) lists them.

.PARAMETER Target
    nanoFramework firmware image; only images with Bluetooth LE are accepted, since the firmware is
    provisioned over BLE: ESP32_BLE_REV0, ESP32_BLE_REV3 (default), ESP32_S3_BLE, ESP32_C3_REV3.

.PARAMETER MassErase
    Erase the whole flash first (stored tokens and every file on I:\ included).

.PARAMETER Image
    The application image the nanoFramework build writes (default:
    DeviceFirmware/bin/Release/DeviceFirmware.bin next to this script).

.PARAMETER ConfigFile
    The nf.config to put on the device (default: nf.config next to this script).

.PARAMETER RootCaFile
    PEM file of the root CA the firmware trusts for HTTPS (default: AmazonRootCA1.pem next to this
    script; download it from https://www.amazontrust.com/repository/AmazonRootCA1.pem). It is written
    to I:\AmazonRootCA1.pem whatever its local name.

.PARAMETER Address
    Flash address of the application image (hexadecimal, e.g. 0x1B0000). Leave it out: nanoff then
    uses the deployment partition of the firmware it flashed.

.PARAMETER DryRun
    Print the commands instead of running them (same as -WhatIf).

.PARAMETER InstallNanoff
    Install nanoff as a global dotnet tool (`dotnet tool install -g nanoff`), or update it when it is
    already there (`dotnet tool update -g nanoff`), before flashing. Without -SerialPort it only
    installs or updates.

.PARAMETER NanoffVersion
    With -InstallNanoff: the nanoff version to install (for example to stay on 2.x).

.PARAMETER NanoffPath
    The nanoff executable to use (default: nanoff on PATH, then ~/.dotnet/tools).

.PARAMETER NanoffCli
    Command-line syntax of nanoff: Flags (nanoff 2.x: --update --target ...), Verbs (nanoff 3.x:
    flash target ...), or Auto (default: asks `nanoff --version`; a dry run without nanoff shows Flags).

.PARAMETER WorkDirectory
    Where the file deployment list is written (default: obj/flash next to this script).

.EXAMPLE
    ./flash.ps1 -SerialPort COM3 -WhatIf

.EXAMPLE
    ./flash.ps1 -SerialPort /dev/ttyUSB0 -Target ESP32_S3_BLE -MassErase -RootCaFile ~/certs/AmazonRootCA1.pem
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string] $SerialPort,
    [string] $Target = 'ESP32_BLE_REV3',
    [switch] $MassErase,
    [string] $Image,
    [string] $ConfigFile,
    [string] $RootCaFile,
    [string] $Address,
    [switch] $DryRun,
    [switch] $InstallNanoff,
    [string] $NanoffVersion,
    [string] $NanoffPath,
    [ValidateSet('Auto', 'Flags', 'Verbs')]
    [string] $NanoffCli = 'Auto',
    [string] $WorkDirectory
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
# Native commands report failure through their exit code, which every call below checks.
$PSNativeCommandUseErrorActionPreference = $false

# Firmware images built with API_nanoFramework.Device.Bluetooth ON
# (nanoframework/nf-interpreter targets/ESP32/CMakePresets.json).
$BleTargets = @('ESP32_BLE_REV0', 'ESP32_BLE_REV3', 'ESP32_S3_BLE', 'ESP32_C3_REV3')
# Where the firmware reads its files (DeviceFirmware/Esp32: I:\ is the internal LittleFS drive).
$DeviceConfigPath = 'I:\nf.config'
$DeviceRootCaPath = 'I:\AmazonRootCA1.pem'
$RootCaDownload = 'https://www.amazontrust.com/repository/AmazonRootCA1.pem'
$PemBegin = '-----BEGIN CERTIFICATE-----'
# nanoff prints these and still exits 0 when a file could not be copied (FileDeploymentManager).
$FileDeploymentFailures = @('Error deploying content file', 'Exception deploying content file',
    'Error connecting to nanoDevice', 'Error connecting to debug engine')

$dry = $DryRun.IsPresent -or [bool]$WhatIfPreference

function Write-Note([string] $Text) { Write-Host "note: $Text" }

function Write-Problem([string] $Text) { [Console]::Error.WriteLine("error: $Text") }

function Resolve-UserPath([string] $Path) {
    $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
}

function Format-Argument([string] $Argument) {
    if ($Argument.Length -eq 0 -or $Argument -match '[\s"]') {
        return '"' + ($Argument -replace '"', '\"') + '"'
    }
    return $Argument
}

function Format-CommandLine([string] $Command, [string[]] $Arguments) {
    (@($Command) + @($Arguments | ForEach-Object { Format-Argument $_ })) -join ' '
}

function Find-Nanoff {
    if ($NanoffPath) {
        $explicit = Resolve-UserPath $NanoffPath
        if (Test-Path -LiteralPath $explicit -PathType Leaf) { return $explicit }
        return $null
    }
    $onPath = Get-Command -Name 'nanoff' -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($onPath) { return $onPath.Source }
    # `dotnet tool install -g` puts it here; a terminal opened before the install may lack it on PATH.
    foreach ($name in 'nanoff', 'nanoff.exe') {
        $candidate = Join-Path $HOME '.dotnet' 'tools' $name
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { return $candidate }
    }
    return $null
}

function Get-NanoffMissingText {
    if ($NanoffPath) {
        return "nanoff not found at $(Resolve-UserPath $NanoffPath) (-NanoffPath). Fix: point -NanoffPath at the nanoff executable, or leave it out to use nanoff from PATH."
    }
    return 'nanoff not found on PATH nor in ~/.dotnet/tools. Fix: dotnet tool install -g nanoff (or run this script with -InstallNanoff), then open a new terminal so ~/.dotnet/tools is on PATH.'
}

# Runs a command, echoing its output, and returns its exit code and output text.
function Invoke-Step([string] $Command, [string[]] $Arguments) {
    $lines = [System.Collections.Generic.List[string]]::new()
    $global:LASTEXITCODE = 0
    & $Command @Arguments 2>&1 | ForEach-Object {
        $text = "$_"
        $lines.Add($text)
        Write-Host $text
    }
    return [pscustomobject]@{ ExitCode = $global:LASTEXITCODE; Output = ($lines -join "`n") }
}

# --- nanoff install or update, when asked -----------------------------------------------------------

$nanoff = Find-Nanoff

if ($InstallNanoff) {
    $verb = if ($nanoff) { 'update' } else { 'install' }
    $toolArgs = @('tool', $verb, '-g', 'nanoff')
    if ($NanoffVersion) { $toolArgs += @('--version', $NanoffVersion) }
    if ($dry) {
        Write-Output ('would run: ' + (Format-CommandLine 'dotnet' $toolArgs))
    }
    else {
        if (-not (Get-Command -Name 'dotnet' -CommandType Application -ErrorAction SilentlyContinue)) {
            Write-Problem 'dotnet not found: nanoff is a dotnet tool. Fix: install the .NET SDK (https://dot.net), then run this script again with -InstallNanoff.'
            exit 9
        }
        Write-Host ('running: ' + (Format-CommandLine 'dotnet' $toolArgs))
        $result = Invoke-Step 'dotnet' $toolArgs
        if ($result.ExitCode -ne 0) {
            Write-Problem "dotnet tool $verb -g nanoff exited with code $($result.ExitCode) (output above). Fix: check the network and the NuGet source, or install it by hand: dotnet tool $verb -g nanoff"
            exit 9
        }
        $nanoff = Find-Nanoff
    }
    if (-not $SerialPort) {
        if ($dry) { Write-Note 'without -SerialPort only nanoff is installed or updated.' }
        else { Write-Note 'nanoff is installed and up to date; pass -SerialPort to flash a board.' }
        exit 0
    }
}

# --- prerequisites ----------------------------------------------------------------------------------

$problems = [System.Collections.Generic.List[object]]::new()
function Add-Problem([int] $Code, [string] $Text) { $problems.Add([pscustomobject]@{ Code = $Code; Text = $Text }) }

if ($BleTargets -cnotcontains $Target) {
    $sameLetters = $BleTargets | Where-Object { $_ -ieq $Target } | Select-Object -First 1
    if ($sameLetters) {
        Add-Problem 2 "target '$Target' is not spelled as nanoff names it. Fix: pass -Target $sameLetters (image names are case-sensitive)."
    }
    else {
        Add-Problem 2 "target '$Target' has no Bluetooth LE, which this firmware needs for provisioning. Fix: pass -Target with one of the BLE-capable images: $($BleTargets -join ', ')."
    }
}

if ($Address -and $Address -notmatch '^0x[0-9A-Fa-f]+$') {
    Add-Problem 2 "address '$Address' is not hexadecimal (e.g. 0x1B0000). Fix: correct -Address, or leave it out so nanoff uses the firmware's deployment partition."
}

if ([string]::IsNullOrWhiteSpace($SerialPort)) {
    Add-Problem 3 'no serial port given. Fix: pass -SerialPort with the board''s port (COM3 on Windows, /dev/ttyUSB0 or /dev/ttyACM0 on Linux, /dev/cu.usbserial-XXXX on macOS); `nanoff --listports` lists them.'
}
elseif (-not $dry -and $SerialPort.StartsWith('/') -and -not (Test-Path -LiteralPath $SerialPort)) {
    Add-Problem 3 "serial port $SerialPort does not exist. Fix: plug the board in (a data cable, not a charge-only one) and check the port with ``nanoff --listports``."
}

$imagePath = if ($Image) { Resolve-UserPath $Image } else { Join-Path $PSScriptRoot 'DeviceFirmware' 'bin' 'Release' 'DeviceFirmware.bin' }
if (-not (Test-Path -LiteralPath $imagePath -PathType Leaf)) {
    Add-Problem 4 "application image not found: $imagePath. Fix: build DeviceFirmware/DeviceFirmware.nfproj in Release (Visual Studio 2022 or VS Code with the .NET nanoFramework extension); the build writes DeviceFirmware/bin/Release/DeviceFirmware.bin. Or pass -Image with the .bin of your build."
}
elseif ((Get-Item -LiteralPath $imagePath).Length -eq 0) {
    Add-Problem 4 "application image is empty: $imagePath. Fix: rebuild DeviceFirmware/DeviceFirmware.nfproj in Release."
}

$configPath = if ($ConfigFile) { Resolve-UserPath $ConfigFile } else { Join-Path $PSScriptRoot 'nf.config' }
if (-not (Test-Path -LiteralPath $configPath -PathType Leaf)) {
    Add-Problem 5 "nf.config not found: $configPath. Fix: pass -ConfigFile with your device's nf.config (docs/nf-config.md lists every key; the repository's nf.config is an example for the local sandbox)."
}
elseif ([string]::IsNullOrWhiteSpace([System.IO.File]::ReadAllText($configPath))) {
    Add-Problem 5 "nf.config is empty: $configPath. Fix: fill it in (docs/nf-config.md lists every key and default)."
}

$rootCaPath = if ($RootCaFile) { Resolve-UserPath $RootCaFile } else { Join-Path $PSScriptRoot 'AmazonRootCA1.pem' }
if (-not (Test-Path -LiteralPath $rootCaPath -PathType Leaf)) {
    Add-Problem 6 "root CA file not found: $rootCaPath. Fix: download Amazon Root CA 1 from $RootCaDownload and save it there, or pass -RootCaFile with its path."
}
elseif (-not [System.IO.File]::ReadAllText($rootCaPath).Contains($PemBegin)) {
    Add-Problem 6 "root CA file holds no PEM certificate ($PemBegin): $rootCaPath. Fix: download the PEM file from $RootCaDownload (not the DER .cer)."
}

if (-not $dry -and -not $nanoff) {
    Add-Problem 7 (Get-NanoffMissingText)
}

if ($problems.Count -gt 0) {
    foreach ($problem in $problems) { Write-Problem $problem.Text }
    exit $problems[0].Code
}

# --- nanoff command-line syntax ------------------------------------------------------------------------

$cli = $NanoffCli
if ($cli -eq 'Auto') {
    if ($nanoff) {
        $global:LASTEXITCODE = 0
        $versionText = (& $nanoff --version 2>&1 | Out-String)
        if ($versionText -match '(\d+)\.(\d+)\.(\d+)') {
            $cli = if ([int]$Matches[1] -ge 3) { 'Verbs' } else { 'Flags' }
        }
        elseif ($dry) {
            $cli = 'Flags'
            Write-Note "could not read nanoff's version; showing nanoff 2.x command lines (pass -NanoffCli Verbs for nanoff 3.x)."
        }
        else {
            Write-Problem "could not read nanoff's version from ``nanoff --version`` (got: $($versionText.Trim())). Fix: pass -NanoffCli Flags for nanoff 2.x or -NanoffCli Verbs for nanoff 3.x."
            exit 8
        }
    }
    else {
        $cli = 'Flags'
        Write-Note 'nanoff not found: a dry run does not need it, a real run does (dotnet tool install -g nanoff, or -InstallNanoff). Showing nanoff 2.x command lines; pass -NanoffCli Verbs for nanoff 3.x.'
    }
}
elseif ($dry -and -not $nanoff) {
    Write-Note 'nanoff not found: a dry run does not need it, a real run does (dotnet tool install -g nanoff, or -InstallNanoff).'
}

# --- the plan -----------------------------------------------------------------------------------------

$workPath = if ($WorkDirectory) { Resolve-UserPath $WorkDirectory } else { Join-Path $PSScriptRoot 'obj' 'flash' }
$deployListPath = Join-Path $workPath 'filedeployment.json'
# Schema of nanoff's file deployment list: nanoFirmwareFlasher.Library/FileDeployment
# (FileDeploymentConfiguration: SerialPort, Files; DeploymentFile: DestinationFilePath, SourceFilePath).
$deployList = [ordered]@{
    SerialPort = $SerialPort
    Files      = @(
        [ordered]@{ DestinationFilePath = $DeviceConfigPath; SourceFilePath = $configPath },
        [ordered]@{ DestinationFilePath = $DeviceRootCaPath; SourceFilePath = $rootCaPath }
    )
}
$deployJson = $deployList | ConvertTo-Json -Depth 4

$eraseFlag = @()
$addressArgs = @()
$steps = [System.Collections.Generic.List[object]]::new()
if ($cli -eq 'Flags') {
    if ($MassErase) { $eraseFlag = @('--masserase') }
    if ($Address) { $addressArgs = @('--address', $Address) }
    $steps.Add([pscustomobject]@{
            Name = "flash nanoCLR ($Target) and copy nf.config and the root CA to I:\"; ChecksFiles = $true
            Args = @('--update', '--target', $Target, '--serialport', $SerialPort) + $eraseFlag + @('--filedeployment', $deployListPath)
        })
    $steps.Add([pscustomobject]@{
            Name = 'deploy the application image'; ChecksFiles = $false
            Args = @('--target', $Target, '--serialport', $SerialPort, '--deploy', '--image', $imagePath) + $addressArgs
        })
}
else {
    if ($MassErase) { $eraseFlag = @('masserase') }
    if ($Address) { $addressArgs = @('address', $Address) }
    $steps.Add([pscustomobject]@{
            Name = "flash nanoCLR ($Target)"; ChecksFiles = $false
            Args = @('flash', 'target', $Target, 'serialport', $SerialPort) + $eraseFlag
        })
    $steps.Add([pscustomobject]@{
            Name = 'copy nf.config and the root CA to I:\'; ChecksFiles = $true
            Args = @('deploy', 'file', $deployListPath, 'serialport', $SerialPort)
        })
    $steps.Add([pscustomobject]@{
            Name = 'deploy the application image'; ChecksFiles = $false
            Args = @('deploy', 'target', $Target, 'serialport', $SerialPort, 'image', $imagePath) + $addressArgs
        })
}
$resetNote = 'the board resets when nanoff has written the application image (nanoff hard-resets an ESP32 after writing its flash; its --reset is for STM32 only), then the firmware reads I:\nf.config.'

if ($dry) {
    Write-Output "would write: $deployListPath"
    Write-Note "file deployment list (nf.config -> $DeviceConfigPath, root CA -> $DeviceRootCaPath):"
    $deployJson -split "`r?`n" | ForEach-Object { Write-Host "  $_" }
    foreach ($step in $steps) { Write-Output ('would run: ' + (Format-CommandLine 'nanoff' $step.Args)) }
    Write-Note $resetNote
    exit 0
}

# --- the real run -------------------------------------------------------------------------------------

New-Item -ItemType Directory -Force -Path $workPath | Out-Null
[System.IO.File]::WriteAllText($deployListPath, $deployJson, [System.Text.UTF8Encoding]::new($false))
Write-Host "wrote: $deployListPath"

$stepNumber = 0
foreach ($step in $steps) {
    $stepNumber++
    $display = Format-CommandLine 'nanoff' $step.Args
    if (-not $PSCmdlet.ShouldProcess($display, $step.Name)) { continue }
    Write-Host "step $stepNumber of $($steps.Count): $($step.Name)"
    Write-Host "running: $display"
    $result = Invoke-Step $nanoff $step.Args
    if ($result.ExitCode -ne 0) {
        Write-Problem "step $stepNumber of $($steps.Count) ($($step.Name)) failed: nanoff exited with code $($result.ExitCode); its output is above and the later steps did not run. Fix: check the port and the cable, close any serial monitor holding the port, hold the BOOT button while nanoff connects if it cannot enter the bootloader, then run this script again."
        exit 10
    }
    if ($step.ChecksFiles) {
        $failure = $FileDeploymentFailures | Where-Object { $result.Output.Contains($_) } | Select-Object -First 1
        if ($failure) {
            Write-Problem "step $stepNumber of $($steps.Count) ($($step.Name)) failed: nanoff reported '$failure' although it exited 0, so I:\ may lack nf.config or the root CA. Fix: run this script again; if it persists, run it with -MassErase."
            exit 10
        }
    }
}

Write-Host "done: $resetNote"
Write-Host 'docs/flashing.md says what to expect next and what to do when it does not start.'
exit 0
