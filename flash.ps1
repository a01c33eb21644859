<#
.SYNOPSIS
    Puts DeviceFirmware on an ESP32 board with nanoff: nanoCLR, nf.config, the root CA and (web-app flow)
    the device key on I:\, then the application image; or, with -ConfigOnly, only those files.

.DESCRIPTION
    Run it with the repository's PowerShell: dotnet tool restore, then dotnet pwsh ./flash.ps1 ...

    Steps (nanoff 2.x command lines; nanoff 3.x gets the same steps in its verb syntax, see -NanoffCli):
      1. nanoff --update --target T --serialport P [--fwversion V] [--masserase] --filedeployment <json>
         flashes nanoCLR for target T, then copies nf.config to I:\nf.config and the root CA to
         I:\AmazonRootCA1.pem (the <json> file lists them; it is written to -WorkDirectory).
      2. nanoff --target T --serialport P --deploy --image <bin> [--address A]
         writes the application image. nanoff hard-resets an ESP32 after writing its flash, so the
         board reboots into the firmware, which then reads I:\nf.config: that is the reset step
         (nanoff's --reset is implemented for STM32 only and has no effect on an ESP32).
    With -ConfigOnly there is one step, which flashes nothing: nanoff --filedeployment <json> (2.x) or
    nanoff deploy file <json> serialport P (3.x) copies the files to I:\ on a board already running
    nanoCLR and DeviceFirmware. The firmware reads them at its next boot: press RESET (EN) afterwards.

    Every prerequisite is checked first and each missing one is reported with how to fix it.
    -WhatIf (or -DryRun) prints every command instead of running it, one per line, prefixed
    "would run: "; a dry run does not need nanoff, and a file that does not exist yet (the image, the
    nf.config, the root CA) is named in a "note:" line instead of stopping the plan. A real run refuses.

    The nf.config deployed must not point lwa.token_url, drs.base_url or cloud.url at a loopback host
    (127.0.0.0/8, localhost, [::1]): on a board that is the board itself, so every exchange would fail.
    The repository's nf.config points at the local sandbox on 127.0.0.1, so pass -ConfigFile with your
    device's nf.config (or -AllowLoopbackConfig if you really mean it).

    Exit codes: 0 done (or plan printed); 2 bad parameter (unknown target, target without Bluetooth LE,
    bad address, -ConfigOnly with a flashing option); 3 no serial port; 4 application image missing or
    empty; 5 nf.config missing or empty; 6 root CA file missing, not a PEM certificate, or holding a
    private key; 7 nanoff not found; 8 nanoff version not recognised; 9 installing or updating nanoff
    failed; 10 a nanoff step failed; 11 nf.config points at a loopback host (see -AllowLoopbackConfig);
    12 device key file missing or not 64 lowercase hex digits (see -DeviceKey).
    When several prerequisites are missing, all are reported and the exit code is the first one's.

.PARAMETER SerialPort
    Serial port of the board: COM3 on Windows, /dev/ttyUSB0 or /dev/ttyACM0 on Linux,
    /dev/cu.usbserial-XXXX on macOS. `nanoff --listports` (2.x) or `nanoff list ports` (3.x) lists them.

.PARAMETER Target
    nanoFramework firmware image; only images with Bluetooth LE are accepted, since the firmware is
    provisioned over BLE: ESP32_BLE_REV0, ESP32_BLE_REV3 (default), ESP32_S3_BLE, ESP32_C3_REV3.
    Not used with -ConfigOnly.

.PARAMETER MassErase
    Erase the whole flash first (stored tokens and every file on I:\ included).

.PARAMETER Image
    The application image the nanoFramework build writes (default:
    DeviceFirmware/bin/Release/DeviceFirmware.bin next to this script). Not used with -ConfigOnly.

.PARAMETER ConfigFile
    The nf.config to put on the device as I:\nf.config (default: nf.config next to this script, which
    points at the local sandbox on 127.0.0.1 and is therefore refused unless -AllowLoopbackConfig).

.PARAMETER RootCaFile
    PEM file of the root CA the firmware trusts for HTTPS (default: AmazonRootCA1.pem next to this
    script; download it from https://www.amazontrust.com/repository/AmazonRootCA1.pem). It is written
    to I:\AmazonRootCA1.pem whatever its local name, since that is the file the firmware reads. Any CA
    certificate in PEM form is accepted: for a board talking to a local bring-up sandbox over HTTPS,
    pass the sandbox's throw-away CA (for example <sandbox CA folder>/sandbox-root-ca.pem, which `dotnet run --project Host/Sandbox -- --https ADDR:PORT` prints) to deploy the sandbox CA in
    place of Amazon's. A file holding a private key is refused: only the certificate goes on the board.

.PARAMETER DeviceKey
    Web-app flow (device.flow = web-app in nf.config): the unit's device key file, written by the web
    application's factory command as <out>/<serial>/device.key (64 lowercase hex digits and a line feed).
    It is checked before anything touches the board (64 lowercase hex digits, optionally one line feed;
    otherwise exit 12) and deployed as I:\device.key next to nf.config. The key is a secret: this script
    never prints it, only the file's path. Each unit gets its own key: flash each board with its serial's file.

.PARAMETER Address
    Flash address of the application image (hexadecimal, e.g. 0x1B0000). Leave it out: nanoff then
    uses the deployment partition of the firmware it flashed.

.PARAMETER FirmwareVersion
    The nanoCLR image version to flash (nanoff --fwversion, 3.x: fwversion), for example 1.16.0.568;
    left out, nanoff takes the newest. The image's native assembly versions must match the managed
    packages the application was built with: docs/flashing.md says which version and why.

.PARAMETER ConfigOnly
    Deploy only files to I:\ on a board that already runs nanoCLR and DeviceFirmware, without
    reflashing nanoCLR or the application: the nf.config of -ConfigFile and/or the root CA of
    -RootCaFile and/or the device key of -DeviceKey. Name some of them to deploy only those; name none to
    deploy nf.config and the root CA (the defaults).
    Refused with -MassErase, -Image, -Address or -FirmwareVersion, which only make sense when flashing.

.PARAMETER AllowLoopbackConfig
    Deploy an nf.config whose lwa.token_url or drs.base_url points at a loopback host (127.0.0.0/8,
    localhost, [::1]) all the same. A real board cannot reach the computer's loopback: without this
    switch such a configuration is refused with exit code 11.

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
    dotnet pwsh ./flash.ps1 -SerialPort COM3 -ConfigFile ~/device/nf.config -WhatIf

    Prints the plan: every nanoff command, one per line, and notes for files not there yet.

.EXAMPLE
    dotnet pwsh ./flash.ps1 -SerialPort /dev/ttyUSB0 -Target ESP32_S3_BLE -MassErase -ConfigFile ~/device/nf.config -RootCaFile ~/certs/AmazonRootCA1.pem

.EXAMPLE
    dotnet pwsh ./flash.ps1 -SerialPort COM3 -ConfigOnly -ConfigFile ~/device/nf.config

    Replaces I:\nf.config only; nanoCLR, the application and the root CA stay as they are.

.EXAMPLE
    dotnet pwsh ./flash.ps1 -SerialPort COM3 -ConfigOnly -RootCaFile ~/sandbox-ca/sandbox-root-ca.pem

    Deploys a local sandbox's CA as I:\AmazonRootCA1.pem, in place of Amazon's.
#>

#Requires -Version 7.2

[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string] $SerialPort,
    [string] $Target = 'ESP32_BLE_REV3',
    [switch] $MassErase,
    [string] $Image,
    [string] $ConfigFile,
    [string] $RootCaFile,
    [string] $DeviceKey,
    [string] $Address,
    [string] $FirmwareVersion,
    [switch] $ConfigOnly,
    [switch] $AllowLoopbackConfig,
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
# ESP32 images of the same file built without it: real targets, refused for lack of Bluetooth LE.
$NonBleTargets = @('ESP32_REV0', 'ESP32_REV3', 'ESP32_PSRAM_REV0', 'ESP32_PSRAM_REV3', 'ESP32_PSRAM_REV3_IPV6',
    'ESP32_PSRAM_XTAL26_REV0', 'ESP32_PICO', 'ESP_WROVER_KIT', 'ESP32_C3', 'ESP32_S3', 'ESP32_P4_UART', 'ESP32_P4_USB')
# Where the firmware reads its files (DeviceFirmware/Esp32: I:\ is the internal LittleFS drive).
$DeviceConfigPath = 'I:\nf.config'
$DeviceRootCaPath = 'I:\AmazonRootCA1.pem'
$DeviceKeyPath = 'I:\device.key'
$DeviceKeyExitCode = 12
$RootCaDownload = 'https://www.amazontrust.com/repository/AmazonRootCA1.pem'
$PemBegin = '-----BEGIN CERTIFICATE-----'
$PemEnd = '-----END CERTIFICATE-----'
# The nf.config keys holding a host the board connects to (docs/nf-config.md).
$EndpointKeys = @('lwa.token_url', 'drs.base_url', 'cloud.url')
$LoopbackExitCode = 11
# nanoff prints these and still exits 0 when a file could not be copied (FileDeploymentManager).
$FileDeploymentFailures = @('Error deploying content file', 'Exception deploying content file',
    'Error connecting to nanoDevice', 'Error connecting to debug engine')

$dry = $DryRun.IsPresent -or [bool]$WhatIfPreference

function Write-Note([string] $Text) { Write-Host "note: $Text" }

function Write-Problem([string] $Text) { [Console]::Error.WriteLine("error: $Text") }

# The host of an absolute URL, lower case, without port ('[::1]' keeps its brackets); $null if none.
function Get-UrlHost([string] $Url) {
    if ($Url -notmatch '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)') { return $null }
    $authority = $Matches[1]
    $at = $authority.LastIndexOf('@')
    if ($at -ge 0) { $authority = $authority.Substring($at + 1) }
    if ($authority.StartsWith('[')) {
        $close = $authority.IndexOf(']')
        if ($close -lt 0) { return $authority.ToLowerInvariant() }
        return $authority.Substring(0, $close + 1).ToLowerInvariant()
    }
    $colon = $authority.IndexOf(':')
    if ($colon -ge 0) { $authority = $authority.Substring(0, $colon) }
    return $authority.ToLowerInvariant()
}

function Test-LoopbackHost([string] $HostName) {
    if (-not $HostName) { return $false }
    if ($HostName -eq 'localhost' -or $HostName.EndsWith('.localhost')) { return $true }
    if ($HostName -eq '[::1]' -or $HostName -eq '[0:0:0:0:0:0:0:1]') { return $true }
    return $HostName -match '^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$'
}

# The endpoint keys of an nf.config whose host is a loopback one, as 'section.key = value (line N)'.
# Same syntax as the firmware's parser: full-line comments (# or ;), [section], key = value.
function Find-LoopbackEndpoints([string] $Path) {
    $found = @()
    $section = ''
    $lineNumber = 0
    foreach ($raw in [System.IO.File]::ReadAllLines($Path)) {
        $lineNumber++
        $line = $raw.Trim(" `t")
        if ($line.Length -eq 0 -or $line.StartsWith('#') -or $line.StartsWith(';')) { continue }
        if ($line.StartsWith('[')) {
            $section = $line.TrimStart('[').TrimEnd(']').Trim(" `t")
            continue
        }
        $equals = $line.IndexOf('=')
        if ($equals -lt 0) { continue }
        $key = $section + '.' + $line.Substring(0, $equals).Trim(" `t")
        $value = $line.Substring($equals + 1).Trim(" `t")
        if ($EndpointKeys -contains $key -and (Test-LoopbackHost (Get-UrlHost $value))) {
            $found += "$key = $value (line $lineNumber)"
        }
    }
    return , $found
}

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
    return 'nanoff not found on PATH nor in ~/.dotnet/tools. Fix: dotnet tool install -g nanoff (or dotnet pwsh ./flash.ps1 -InstallNanoff), then open a new terminal so ~/.dotnet/tools is on PATH.'
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
$missingNotes = [System.Collections.Generic.List[string]]::new()
function Add-Problem([int] $Code, [string] $Text) { $problems.Add([pscustomobject]@{ Code = $Code; Text = $Text }) }
# A file that is not there yet: a dry run names it in a note and goes on with the plan; a real run refuses.
function Add-MissingFile([int] $Code, [string] $Text) {
    if ($dry) { $missingNotes.Add("$Text (a real run refuses this with exit code $Code)") }
    else { Add-Problem $Code $Text }
}

# With -ConfigOnly: the files named are deployed; naming neither deploys both.
$deployConfig = $true
$deployRootCa = $true
$deployKey = $PSBoundParameters.ContainsKey('DeviceKey')
if ($ConfigOnly) {
    $namedConfig = $PSBoundParameters.ContainsKey('ConfigFile')
    $namedRootCa = $PSBoundParameters.ContainsKey('RootCaFile')
    if ($namedConfig -or $namedRootCa -or $deployKey) {
        $deployConfig = $namedConfig
        $deployRootCa = $namedRootCa
    }
    $flashOnly = @('MassErase', 'Image', 'Address', 'FirmwareVersion') | Where-Object { $PSBoundParameters.ContainsKey($_) }
    foreach ($name in $flashOnly) {
        Add-Problem 2 "-$name does not go with -ConfigOnly, which flashes nothing and only copies files to I:\. Fix: leave out -$name, or drop -ConfigOnly to flash the board."
    }
}
else {
    if ($BleTargets -cnotcontains $Target) {
        $sameLetters = $BleTargets | Where-Object { $_ -ieq $Target } | Select-Object -First 1
        $knownPlain = $NonBleTargets | Where-Object { $_ -ieq $Target } | Select-Object -First 1
        if ($sameLetters) {
            Add-Problem 2 "target '$Target' is not spelled as nanoff names it. Fix: pass -Target $sameLetters (image names are case-sensitive)."
        }
        elseif ($knownPlain) {
            Add-Problem 2 "target '$Target' has no Bluetooth LE, which this firmware needs for provisioning. Fix: pass -Target with one of the BLE-capable images: $($BleTargets -join ', ')."
        }
        else {
            Add-Problem 2 "unknown target '$Target'. Fix: pass -Target with one of the targets this firmware runs on (nanoFramework images with Bluetooth LE): $($BleTargets -join ', ')."
        }
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
if (-not $ConfigOnly) {
    if (-not (Test-Path -LiteralPath $imagePath -PathType Leaf)) {
        Add-MissingFile 4 "application image not found: $imagePath. Fix: build DeviceFirmware/DeviceFirmware.nfproj in Release (Visual Studio 2022 or VS Code with the .NET nanoFramework extension); the build writes DeviceFirmware/bin/Release/DeviceFirmware.bin. Or pass -Image with the .bin of your build."
    }
    elseif ((Get-Item -LiteralPath $imagePath).Length -eq 0) {
        Add-Problem 4 "application image is empty: $imagePath. Fix: rebuild DeviceFirmware/DeviceFirmware.nfproj in Release."
    }
}

$configPath = if ($ConfigFile) { Resolve-UserPath $ConfigFile } else { Join-Path $PSScriptRoot 'nf.config' }
if ($deployConfig) {
    if (-not (Test-Path -LiteralPath $configPath -PathType Leaf)) {
        Add-MissingFile 5 "nf.config not found: $configPath. Fix: pass -ConfigFile with your device's nf.config (docs/nf-config.md lists every key; the repository's nf.config is an example for the local sandbox)."
    }
    elseif ([string]::IsNullOrWhiteSpace([System.IO.File]::ReadAllText($configPath))) {
        Add-Problem 5 "nf.config is empty: $configPath. Fix: fill it in (docs/nf-config.md lists every key and default)."
    }
    else {
        $loopback = Find-LoopbackEndpoints $configPath
        if ($loopback.Count -gt 0 -and -not $AllowLoopbackConfig) {
            Add-Problem $LoopbackExitCode "nf.config points at a loopback host, which on a board is the board itself: $($loopback -join '; ') in $configPath. Fix: pass -ConfigFile with an nf.config whose lwa.token_url and drs.base_url (or cloud.url in the web-app flow) name hosts the board can reach (leave the first two out for Amazon's; for a bring-up sandbox, https:// and the computer's LAN address, with -RootCaFile the sandbox's CA), or add -AllowLoopbackConfig to deploy it anyway."
        }
        elseif ($loopback.Count -gt 0) {
            Write-Note "nf.config points at a loopback host ($($loopback -join '; ')); deployed anyway (-AllowLoopbackConfig)."
        }
    }
}

$rootCaPath = if ($RootCaFile) { Resolve-UserPath $RootCaFile } else { Join-Path $PSScriptRoot 'AmazonRootCA1.pem' }
if ($deployRootCa) {
    if (-not (Test-Path -LiteralPath $rootCaPath -PathType Leaf)) {
        Add-MissingFile 6 "root CA file not found: $rootCaPath. Fix: download Amazon Root CA 1 from $RootCaDownload and save it there, or pass -RootCaFile with its path (for a local sandbox, its CA file, e.g. ca.pem)."
    }
    else {
        $pemText = [System.IO.File]::ReadAllText($rootCaPath)
        if (-not ($pemText.Contains($PemBegin) -and $pemText.Contains($PemEnd))) {
            Add-Problem 6 "root CA file holds no PEM certificate ($PemBegin ... $PemEnd): $rootCaPath. Fix: download the PEM file from $RootCaDownload (not the DER .cer), or convert a DER certificate: openssl x509 -inform der -in ca.cer -out ca.pem."
        }
        elseif ($pemText -match '-----BEGIN [A-Z ]*PRIVATE KEY-----') {
            Add-Problem 6 "root CA file holds a private key: $rootCaPath. Fix: pass a file with the CA certificate only; a private key never goes on the board."
        }
    }
}

# The device key is a secret: its content is checked here and never printed, only its path.
$keyPath = if ($DeviceKey) { Resolve-UserPath $DeviceKey } else { $null }
if ($deployKey) {
    if (-not $keyPath -or -not (Test-Path -LiteralPath $keyPath -PathType Leaf)) {
        Add-Problem $DeviceKeyExitCode "device key file not found: $keyPath. Fix: pass -DeviceKey with the device.key the web application's factory command wrote for this unit (<out>/<serial>/device.key)."
    }
    else {
        $keyBytes = [System.IO.File]::ReadAllBytes($keyPath)
        $keyLength = $keyBytes.Length
        if ($keyLength -eq 65 -and $keyBytes[64] -eq 10) { $keyLength = 64 }
        $keyValid = $keyLength -eq 64
        for ($i = 0; $keyValid -and $i -lt 64; $i++) {
            $b = $keyBytes[$i]
            $keyValid = ($b -ge 48 -and $b -le 57) -or ($b -ge 97 -and $b -le 102)
        }
        [Array]::Clear($keyBytes, 0, $keyBytes.Length)
        if (-not $keyValid) {
            Add-Problem $DeviceKeyExitCode "device key file is not 64 lowercase hex digits optionally followed by one line feed: $keyPath ($($keyBytes.Length) bytes; its content is not shown). Fix: pass the device.key the factory command wrote for this unit, unedited (no CR LF, no spaces, no upper case)."
        }
    }
}
elseif (-not $ConfigOnly -and $deployConfig -and (Test-Path -LiteralPath $configPath -PathType Leaf) -and ([System.IO.File]::ReadAllText($configPath) -match '(?m)^\s*flow\s*=\s*web-app\s*$')) {
    Write-Note "nf.config selects the web-app flow but no -DeviceKey was given: the firmware halts at boot without $DeviceKeyPath. Pass -DeviceKey <out>/<serial>/device.key unless the board holds its key already."
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
$deployFiles = @()
if ($deployConfig) { $deployFiles += , [ordered]@{ DestinationFilePath = $DeviceConfigPath; SourceFilePath = $configPath } }
if ($deployRootCa) { $deployFiles += , [ordered]@{ DestinationFilePath = $DeviceRootCaPath; SourceFilePath = $rootCaPath } }
if ($deployKey) { $deployFiles += , [ordered]@{ DestinationFilePath = $DeviceKeyPath; SourceFilePath = $keyPath } }
$deployList = [ordered]@{
    SerialPort = $SerialPort
    Files      = $deployFiles
}
$deployJson = $deployList | ConvertTo-Json -Depth 4
$filesText = (@(
        $(if ($deployConfig) { 'nf.config' }),
        $(if ($deployRootCa) { 'the root CA' }),
        $(if ($deployKey) { 'the device key' })
    ) | Where-Object { $_ }) -join ' and '

$eraseFlag = @()
$addressArgs = @()
$versionArgs = @()
$steps = [System.Collections.Generic.List[object]]::new()
if ($ConfigOnly) {
    # Files only, nothing flashed: nanoff 2.x takes --filedeployment alone (the port is in the list);
    # nanoff 3.x has the verb "deploy file" (DeployOptions: image, file or network).
    $fileArgs = if ($cli -eq 'Flags') { @('--filedeployment', $deployListPath) } else { @('deploy', 'file', $deployListPath, 'serialport', $SerialPort) }
    $steps.Add([pscustomobject]@{ Name = "copy $filesText to I:\ (nothing flashed)"; ChecksFiles = $true; Args = $fileArgs })
}
elseif ($cli -eq 'Flags') {
    if ($MassErase) { $eraseFlag = @('--masserase') }
    if ($Address) { $addressArgs = @('--address', $Address) }
    if ($FirmwareVersion) { $versionArgs = @('--fwversion', $FirmwareVersion) }
    $steps.Add([pscustomobject]@{
            Name = "flash nanoCLR ($Target) and copy $filesText to I:\"; ChecksFiles = $true
            Args = @('--update', '--target', $Target, '--serialport', $SerialPort) + $versionArgs + $eraseFlag + @('--filedeployment', $deployListPath)
        })
    $steps.Add([pscustomobject]@{
            Name = 'deploy the application image'; ChecksFiles = $false
            Args = @('--target', $Target, '--serialport', $SerialPort, '--deploy', '--image', $imagePath) + $addressArgs
        })
}
else {
    if ($MassErase) { $eraseFlag = @('masserase') }
    if ($Address) { $addressArgs = @('address', $Address) }
    if ($FirmwareVersion) { $versionArgs = @('fwversion', $FirmwareVersion) }
    $steps.Add([pscustomobject]@{
            Name = "flash nanoCLR ($Target)"; ChecksFiles = $false
            Args = @('flash', 'target', $Target, 'serialport', $SerialPort) + $versionArgs + $eraseFlag
        })
    $steps.Add([pscustomobject]@{
            Name = "copy $filesText to I:\"; ChecksFiles = $true
            Args = @('deploy', 'file', $deployListPath, 'serialport', $SerialPort)
        })
    $steps.Add([pscustomobject]@{
            Name = 'deploy the application image'; ChecksFiles = $false
            Args = @('deploy', 'target', $Target, 'serialport', $SerialPort, 'image', $imagePath) + $addressArgs
        })
}
$resetNote = if ($ConfigOnly) {
    'nothing was flashed, so the board does not reset by itself: press RESET (EN) or power-cycle it, and the firmware reads the new files at boot.'
}
else {
    'the board resets when nanoff has written the application image (nanoff hard-resets an ESP32 after writing its flash; its --reset is for STM32 only), then the firmware reads I:\nf.config.'
}

if ($dry) {
    foreach ($note in $missingNotes) { Write-Note "not there yet: $note" }
    Write-Output "would write: $deployListPath"
    $listed = @(
        $(if ($deployConfig) { "nf.config -> $DeviceConfigPath" }),
        $(if ($deployRootCa) { "root CA -> $DeviceRootCaPath" }),
        $(if ($deployKey) { "device key -> $DeviceKeyPath" })
    ) | Where-Object { $_ }
    Write-Note "file deployment list ($($listed -join ', ')):"
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
            Write-Problem "step $stepNumber of $($steps.Count) ($($step.Name)) failed: nanoff reported '$failure' although it exited 0, so I:\ may lack $filesText. Fix: run this script again; if it persists, run it with -MassErase."
            exit 10
        }
    }
}

Write-Host "done: $resetNote"
Write-Host 'docs/flashing.md says what to expect next and what to do when it does not start.'
exit 0
