# Windows: installer.spec -> one-folder app -> build\out\cobby-desktop-<version>-windows-setup.exe
# Needs Python with the project installed (pip install -e ".[test]") and
# Inno Setup 6 (iscc.exe on PATH, or in its default folder).
# Optional code signing (skipped with a warning otherwise): set
#   COBBY_WIN_SIGN_CERT_SHA1  thumbprint of a code-signing certificate in the
#                             user's certificate store (no password on the command line)
#   COBBY_WIN_TIMESTAMP_URL   RFC 3161 timestamp server (default http://timestamp.digicert.com)
# Usage: powershell -ExecutionPolicy Bypass -File build\windows\build.ps1 [-Python .venv\Scripts\python.exe]
param([string]$Python = ".venv\Scripts\python.exe")
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

function Find-Tool([string]$Name, [string[]]$Candidates) {
    $cmd = Get-Command $Name -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    foreach ($c in $Candidates) { if ($c -and (Test-Path $c)) { return $c } }
    return $null
}

$version = (& $Python -c "import cobby_desktop; print(cobby_desktop.__version__)").Trim()
$dist = "build\out\dist"
$app = "$dist\cobby-desktop"

Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
    "--distpath", $dist, "--workpath", "build\work", "installer.spec")
Invoke-Checked "$app\cobby-desktop-cli.exe" @("--version")

$thumb = $env:COBBY_WIN_SIGN_CERT_SHA1
$stamp = if ($env:COBBY_WIN_TIMESTAMP_URL) { $env:COBBY_WIN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
$signtool = $null
if ($thumb) {
    $kits = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" -ErrorAction SilentlyContinue |
        Sort-Object FullName -Descending | Select-Object -First 1
    $signtool = Find-Tool "signtool.exe" @($kits.FullName)
    if (-not $signtool) { throw "COBBY_WIN_SIGN_CERT_SHA1 is set but signtool.exe was not found (install the Windows SDK)." }
} else {
    Write-Warning "COBBY_WIN_SIGN_CERT_SHA1 is not set: the executables and the setup stay unsigned, and SmartScreen will warn merchants."
}
function Sign([string[]]$Files) {
    if ($signtool) {
        Invoke-Checked $signtool (@("sign", "/sha1", $thumb, "/fd", "sha256", "/tr", $stamp, "/td", "sha256") + $Files)
    }
}
Sign @("$app\cobby-desktop.exe", "$app\cobby-desktop-cli.exe")

$iscc = Find-Tool "iscc.exe" @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe", "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")
if (-not $iscc) { throw "Inno Setup 6 was not found: install it from https://jrsoftware.org/isdl.php (or winget install JRSoftware.InnoSetup)." }
$distAbs = (Resolve-Path $app).Path
Invoke-Checked $iscc @("/Q", "/DAppVersion=$version", "/DDistDir=$distAbs", "build\windows\cobby-desktop.iss")

$setup = "build\out\cobby-desktop-$version-windows-setup.exe"
Sign @($setup)
Write-Host "Built $setup"
