#!/usr/bin/env bash
# Builds Abacus as a native Linux program: a trimmed jlink runtime (JavaFX included), a jpackage
# app-image and, unless --app-image-only, a .deb with a desktop menu entry, icon and the pinned
# anvil for the Sandbox. Output: installer/target/ (see installer/README.md).
#
#   installer/build.sh                   jars + runtime + app-image + .deb
#   installer/build.sh --app-image-only  jars + runtime + app-image (what CI checks)
#   installer/build.sh --skip-jars       reuse app/target (after `mvn package` or `mvn verify`)
#   installer/build.sh --version 0.2.0   override the package version (numeric, e.g. for upgrade tests)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${ABACUS_INSTALLER_OUT:-$root/installer/target}"
make_deb=1 build_jars=1 version=""
while [ $# -gt 0 ]; do
  case "$1" in
    --app-image-only) make_deb=0 ;;
    --skip-jars) build_jars=0 ;;
    --version) version="${2:?--version needs a value}"; shift ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

# JavaFX is resolved from the jars below; the JDK modules are what jdeps reports for the class path
# (java.desktop and java.xml: Jackson and JavaFX; java.naming: Bouncy Castle; java.sql: SQLite and
# Flyway) plus the ones found only through service loading: jdk.crypto.ec (TLS to https:// nodes),
# jdk.localedata (number and date formats in the user's locale) and jdk.charsets (file names and
# text in a legacy locale encoding such as GB18030).
jdk_modules="java.base,java.desktop,java.logging,java.naming,java.sql,java.xml,jdk.unsupported"
jdk_modules="$jdk_modules,jdk.crypto.ec,jdk.localedata,jdk.charsets"
fx_modules="javafx.controls"

die() { echo "error: $*" >&2; exit 1; }
step() { echo "== $* ($(( $(date +%s) - started ))s)"; }
started=$(date +%s)

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java || echo /nonexistent)")")")}"
for tool in java jlink jpackage; do
  [ -x "$java_home/bin/$tool" ] ||
    die "$tool not found in $java_home/bin; install a full JDK 17+ (sudo apt-get install openjdk-17-jdk-headless)"
done
[ -d "$java_home/jmods" ] || die "$java_home/jmods is missing; jlink needs the JDK's jmods"
if [ "$make_deb" = 1 ]; then
  command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null ||
    die "the .deb needs dpkg-deb and fakeroot (sudo apt-get install fakeroot dpkg-dev), or use --app-image-only"
fi

anvil="$root/tools/devchain/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
app="$root/app/target"
if [ "$build_jars" = 1 ]; then
  step "Building the jars (tests skipped)"
  rm -rf "$app/lib" # copy-dependencies never deletes jars a dependency change dropped
  (cd "$root" && mvn -B -q -DskipTests -Dspotless.check.skip=true package)
fi
[ -f "$app/abacus-app.jar" ] && [ -d "$app/lib" ] || die "no jars in $app; run without --skip-jars"
[ -x "$anvil" ] || die "anvil not found at $anvil; run tools/devchain/install.sh"

if [ -z "$version" ]; then
  version="$(sed -n 's/^version=//p' "$app/classes/io/abacus/app/version.properties")"
fi
# jpackage wants 1 to 3 dot-separated numbers: 0.1.0-SNAPSHOT -> 0.1.0.
app_version="$(echo "$version" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')"
[[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot map version '$version' to a number"

# sqlite-jdbc carries its native library for 20 OS/CPU pairs (about 20 MB); the package needs one.
trim_sqlite() {
  local jar="$1" keep
  case "$(uname -m)" in
    x86_64 | amd64) keep="Linux/x86_64" ;;
    aarch64 | arm64) keep="Linux/aarch64" ;;
    *) return 0 ;;
  esac
  if ! command -v zip >/dev/null; then
    echo "note: zip not found; keeping every SQLite native library in $(basename "$jar")" >&2
    return 0
  fi
  local others
  others="$(unzip -Z1 "$jar" | grep -E '^org/sqlite/native/[^/]+/[^/]+/.+' | grep -v "^org/sqlite/native/$keep/" || true)"
  [ -z "$others" ] || echo "$others" | zip -q -d "$jar" -@ >/dev/null
}

rm -rf "$out"
mkdir -p "$out/input/anvil"

step "Staging the class path"
fx_path=""
cp "$app/abacus-app.jar" "$out/input/"
for jar in "$app"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) fx_path="$fx_path${fx_path:+:}$jar" ;; # modules, linked into the runtime
    javafx-*) ;; # the platform-less JavaFX jars are empty placeholders
    *) cp "$jar" "$out/input/" ;;
  esac
done
trim_sqlite "$(ls "$out"/input/sqlite-jdbc-*.jar)"
[ -n "$fx_path" ] || die "no javafx-*-linux.jar in $app/lib"
cp "$anvil" "$out/input/anvil/anvil"
chmod 755 "$out/input/anvil/anvil"

step "Linking the runtime ($jdk_modules,$fx_modules)"
"$java_home/bin/jlink" \
  --module-path "$java_home/jmods:$fx_path" \
  --add-modules "$jdk_modules,$fx_modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/runtime"

common=(
  --name Abacus
  --app-version "$app_version"
  --vendor "Abacus"
  --description "Desktop wallet and ledger explorer for Ethereum and other EVM chains"
  --copyright "Abacus contributors"
  --icon "$root/resources/icons/abacus.png"
  --dest "$out"
)

step "Packaging the app-image"
"$java_home/bin/jpackage" --type app-image "${common[@]}" \
  --input "$out/input" \
  --main-jar abacus-app.jar \
  --main-class io.abacus.app.Main \
  --runtime-image "$out/runtime" \
  --java-options '-Dabacus.anvil=$APPDIR/anvil/anvil'
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
  "$java_home/bin/jpackage" --type deb "${common[@]}" \
    --app-image "$image" \
    --install-dir /opt \
    --linux-package-name abacus \
    --linux-deb-maintainer "abacus@localhost" \
    --linux-menu-group "Office;Finance" \
    --linux-app-category misc \
    --linux-shortcut \
    --linux-package-deps libgtk-3-0
  deb="$(ls "$out"/abacus_*.deb)"
  echo "deb: $deb ($(du -h "$deb" | cut -f1))"
fi
step "Done"
