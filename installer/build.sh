#!/usr/bin/env bash
# Builds Abacus as a native Linux program: a trimmed jlink runtime (JavaFX included), a jpackage
# app-image and, unless --app-image-only, a .deb with a desktop menu entry, icon and the pinned
# anvil for the Sandbox. Output: installer/target/ (see installer/README.md).
#
#   installer/build.sh                   jars + runtime + app-image + .deb
#   installer/build.sh --app-image-only  jars + runtime + app-image (what CI checks)
#   installer/build.sh --skip-jars       reuse app/target (after `mvn package` or `mvn verify`)
#   installer/build.sh --version 0.2.0   package version (numeric; default: the pom's, -SNAPSHOT cut)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${ABACUS_INSTALLER_OUT:-$root/installer/target}"
make_deb=1 build=1 version=""
while [ $# -gt 0 ]; do
  case "$1" in
    --app-image-only) make_deb=0 ;;
    --skip-jars) build=0 ;;
    --version) version="${2:?--version needs a value}"; shift ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

die() { echo "error: $*" >&2; exit 1; }
step() { echo "== $* ($(( $(date +%s) - started ))s)"; }
started=$(date +%s)
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java || echo /none)")")")}"
# shellcheck source=installer/common.sh
. "$root/installer/common.sh"

check_jdk
if [ "$make_deb" = 1 ]; then
  if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
    die "the .deb needs dpkg-deb and fakeroot (sudo apt-get install fakeroot), or use --app-image-only"
  fi
fi
anvil="$root/tools/devchain/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"

if [ "$build" = 1 ]; then
  step "Building the jars (tests skipped)"
  build_jars
fi
[ -x "$anvil" ] || die "anvil not found at $anvil; run tools/devchain/install.sh"
app_version="$(numeric_version "$version")"

# sqlite-jdbc carries its native library for 20 OS/CPU pairs (about 20 MB); Linux needs one.
trim_sqlite() {
  local jar="$1" keep others
  case "$(uname -m)" in
    x86_64 | amd64) keep="Linux/x86_64" ;;
    aarch64 | arm64) keep="Linux/aarch64" ;;
    *) return 0 ;;
  esac
  if ! command -v zip >/dev/null || ! command -v unzip >/dev/null; then
    echo "note: zip/unzip not found; keeping every SQLite native library in $(basename "$jar")" >&2
    return 0
  fi
  others="$(unzip -Z1 "$jar" | grep -E '^org/sqlite/native/[^/]+/[^/]+/.+' |
    grep -v "^org/sqlite/native/$keep/" || true)"
  [ -z "$others" ] || echo "$others" | zip -q -d "$jar" -@ >/dev/null
}

rm -rf "$out"
step "Staging the class path and anvil"
stage_input 'javafx-*-linux.jar'
trim_sqlite "$(ls "$out"/input/sqlite-jdbc-*.jar)"
stage_anvil "$anvil" anvil
# The start-up class list (installer/record-classlist.sh) becomes lib/app/abacus.classlist; the
# .deb's postinst dumps the class-data archive lib/app/abacus.jsa from it (installer/README.md).
if [ -f "$root/installer/abacus.classlist" ]; then
  cp "$root/installer/abacus.classlist" "$out/input/"
else
  echo "note: no installer/abacus.classlist (installer/record-classlist.sh); the .deb gets no archive" >&2
fi

step "Linking the runtime ($(jdk_modules),javafx.controls)"
link_runtime

common=(
  --name Abacus
  --app-version "$app_version"
  --vendor "Abacus"
  --description "Desktop wallet and ledger explorer for Ethereum and other EVM chains"
  --copyright "Abacus contributors"
  --icon "$root/resources/icons/abacus.png"
  --dest "$out"
)

step "Packaging the app-image (version $app_version)"
# shellcheck disable=SC2016
"$java_home/bin/jpackage" --type app-image "${common[@]}" \
  --input "$out/input" \
  --main-jar abacus-app.jar \
  --main-class io.abacus.app.Main \
  --runtime-image "$out/runtime" \
  --java-options '-Dabacus.anvil=$APPDIR/anvil/anvil' # sic: the launcher expands $APPDIR
image="$out/Abacus"
# jpackage copies --input without file modes; the Sandbox must be able to run anvil.
chmod 755 "$image/lib/app/anvil/anvil"
"$image/bin/Abacus" --version >/dev/null || die "the app-image does not start: $image/bin/Abacus --version"
# Proves the trimmed runtime still has what SQLite, Flyway, signing, TLS and anvil need.
doctor_data="$(mktemp -d)"
ABACUS_DATA_DIR="$doctor_data" "$image/bin/Abacus" doctor || die "'$image/bin/Abacus doctor' failed"
rm -rf "$doctor_data"
echo "app-image: $image ($(du -sh "$image" | cut -f1))"

if [ "$make_deb" = 1 ]; then
  step "Packaging the .deb"
  # jpackage runs `fakeroot dpkg-deb` itself. JavaFX's native libraries sit inside its jars,
  # so jpackage cannot see that they need GTK 3: name it. installer/linux/ has the postinst and
  # prerm (they assume /opt/abacus, i.e. --install-dir /opt and the package name abacus); the
  # postinst also writes the class-data archive from lib/app/abacus.classlist, the prerm removes it.
  "$java_home/bin/jpackage" --type deb "${common[@]}" \
    --app-image "$image" \
    --resource-dir "$root/installer/linux" \
    --install-dir /opt \
    --linux-package-name abacus \
    --linux-deb-maintainer "abacus@localhost" \
    --linux-menu-group "Office;Finance;" \
    --linux-app-category misc \
    --linux-shortcut \
    --linux-package-deps libgtk-3-0
  deb="$(ls "$out"/abacus_*.deb)"
  echo "deb: $deb ($(du -h "$deb" | cut -f1))"
fi
step "Done"
