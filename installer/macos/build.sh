#!/usr/bin/env bash
# Builds Abacus.dmg on macOS (run it on a Mac with a JDK 17+ that has jlink and jpackage, and Maven).
# Same runtime and class path as the Linux build (installer/build.sh); the jpackage options are in
# installer/macos/jpackage-dmg.txt. Output: installer/target/Abacus-<version>.dmg.
#
#   installer/macos/build.sh [--skip-jars] [--version 1.2.3]
#
# The Sandbox's anvil: put a macOS anvil binary (from the same Foundry release as
# tools/devchain's pin) at installer/macos/anvil/anvil, or name it with ABACUS_ANVIL_BINARY. Without
# one the package still builds, and the Sandbox says that anvil is missing.
# Signing: set MAC_SIGNING_KEY_USER_NAME (a "Developer ID Application" identity) to sign; notarize
# the .dmg afterwards with `xcrun notarytool submit --wait` and `xcrun stapler staple`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${ABACUS_INSTALLER_OUT:-$root/installer/target}"
build=1 version=""
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-jars) build=0 ;;
    --version) version="${2:?--version needs a value}"; shift ;;
    *) echo "error: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
die() { echo "error: $*" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || die "run this on macOS (jpackage builds a .dmg only there)"
java_home="${JAVA_HOME:-$(/usr/libexec/java_home -v 17+ 2>/dev/null || true)}"
[ -n "$java_home" ] || die "no JDK 17+ found; set JAVA_HOME"
# shellcheck source=installer/common.sh
. "$root/installer/common.sh"

check_jdk
[ "$build" = 0 ] || build_jars
app_version="$(numeric_version "$version")"
# macOS bundle versions must start with 1 or more; before Abacus 1.0 pass one explicitly.
[[ "$app_version" != 0* ]] ||
  die "macOS needs a version whose first number is 1 or more; pass --version (e.g. --version 1.0.0)"

rm -rf "$out"
stage_input 'javafx-*-mac*.jar'
anvil="${ABACUS_ANVIL_BINARY:-$root/installer/macos/anvil/anvil}"
if [ -x "$anvil" ]; then
  stage_anvil "$anvil" anvil
else
  echo "note: no macOS anvil at $anvil; the Sandbox will report it missing" >&2
fi
link_runtime

sign=()
if [ -n "${MAC_SIGNING_KEY_USER_NAME:-}" ]; then
  sign=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_KEY_USER_NAME")
fi
cd "$root" # the arg file's paths are relative to the checkout
"$java_home/bin/jpackage" @installer/macos/jpackage-dmg.txt "${sign[@]}" \
  --app-version "$app_version" \
  --input "$out/input" \
  --runtime-image "$out/runtime" \
  --dest "$out"
ls -l "$out"/*.dmg
