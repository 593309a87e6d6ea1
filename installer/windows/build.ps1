# Builds Abacus-<version>.msi on Windows: a per-user install (no administrator rights) with a
# Start menu entry, a desktop shortcut and a folder chooser; a newer .msi upgrades an older one
# in place (same --win-upgrade-uuid; never change it). The jpackage options are in
# installer\windows\jpackage-msi.txt; the runtime has the same modules as the Linux build
# (installer\jdk-modules.txt).
#
# Needs: JDK 17+ with jlink and jpackage (JAVA_HOME), Maven, and WiX Toolset 3.x on the PATH
# (jpackage 17 uses candle.exe and light.exe).
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-SkipJars] [-Version 1.2.3]
#
# The Sandbox's anvil: put anvil.exe (from the same Foundry release as tools\devchain's pin) at
# installer\windows\anvil\anvil.exe, or name it with $env:ABACUS_ANVIL_BINARY. Without it the
# package still builds, and the Sandbox says that anvil is missing.
param([switch]$SkipJars, [string]$Version = "")
$ErrorActionPreference = "Stop"

$root = (Resolve-Path "$PSScriptRoot\..\..").Path
$out = if ($env:ABACUS_INSTALLER_OUT) { $env:ABACUS_INSTALLER_OUT } else { "$root\installer\target" }
$javaHome = $env:JAVA_HOME
foreach ($tool in "jlink", "jpackage") {
  if (-not (Test-Path "$javaHome\bin\$tool.exe")) { throw "$tool.exe not found in $javaHome\bin; set JAVA_HOME to a JDK 17+" }
}
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) { throw "WiX Toolset 3 (candle.exe, light.exe) must be on the PATH" }

Push-Location $root
try {
  if (-not $SkipJars) {
    if (Test-Path app\target\lib) { Remove-Item -Recurse -Force app\target\lib }
    mvn -B -q -DskipTests "-Dspotless.check.skip=true" package
    if ($LASTEXITCODE -ne 0) { throw "the Maven build failed" }
  }
  if (-not $Version) {
    $Version = (Select-String -Path app\target\classes\io\abacus\app\version.properties -Pattern '^version=(.*)$').Matches[0].Groups[1].Value
  }
  $appVersion = [regex]::Match($Version, '^\d+(\.\d+){0,2}').Value
  if (-not $appVersion) { throw "cannot map version '$Version' to numbers" }

  if (Test-Path $out) { Remove-Item -Recurse -Force $out }
  New-Item -ItemType Directory -Force "$out\input" | Out-Null
  Copy-Item app\target\abacus-app.jar "$out\input\"
  $fx = @()
  foreach ($jar in Get-ChildItem app\target\lib\*.jar) {
    if ($jar.Name -like "javafx-*-win.jar") { $fx += $jar.FullName }
    elseif ($jar.Name -notlike "javafx-*") { Copy-Item $jar.FullName "$out\input\" }
  }
  if (-not $fx) { throw "no javafx-*-win.jar in app\target\lib (build on Windows)" }

  $anvil = if ($env:ABACUS_ANVIL_BINARY) { $env:ABACUS_ANVIL_BINARY } else { "$root\installer\windows\anvil\anvil.exe" }
  if (Test-Path $anvil) {
    New-Item -ItemType Directory -Force "$out\input\anvil" | Out-Null
    Copy-Item $anvil "$out\input\anvil\anvil.exe"
  } else {
    Write-Warning "no anvil.exe at $anvil; the Sandbox will report it missing"
  }

  $modules = (Get-Content installer\jdk-modules.txt | Where-Object { $_ -and -not $_.StartsWith("#") }) -join ","
  & "$javaHome\bin\jlink" --module-path "$javaHome\jmods;$($fx -join ';')" `
    --add-modules "$modules,javafx.controls" `
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out\runtime"
  if ($LASTEXITCODE -ne 0) { throw "jlink failed" }

  & "$javaHome\bin\jpackage" "@installer\windows\jpackage-msi.txt" `
    --app-version $appVersion --input "$out\input" --runtime-image "$out\runtime" --dest $out
  if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
  Get-ChildItem "$out\*.msi"
} finally {
  Pop-Location
}
