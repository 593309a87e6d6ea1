# shellcheck shell=bash disable=SC2154
# Shared steps of installer/build.sh (Linux) and installer/macos/build.sh; source it, do not run it.
# Needs: $root (the checkout), $out (an empty output folder), $java_home, die().

# The JDK modules from installer/jdk-modules.txt, comma-separated.
jdk_modules() {
  grep -v -e '^#' -e '^[[:space:]]*$' "$root/installer/jdk-modules.txt" | paste -sd, -
}

# Checks for java, jlink, jpackage and the jmods jlink links from.
check_jdk() {
  local tool
  for tool in java jlink jpackage; do
    [ -x "$java_home/bin/$tool" ] ||
      die "$tool not found in $java_home/bin; install a full JDK 17+ (Debian: sudo apt-get install openjdk-17-jdk-headless)"
  done
  [ -d "$java_home/jmods" ] || die "$java_home/jmods is missing; jlink needs the JDK's jmods"
}

# Builds the jars without tests; app/target/lib is the runtime class path.
build_jars() {
  (cd "$root" && mvn -B -q -DskipTests -Dspotless.check.skip=true package)
}

# The project version as jpackage wants it (1 to 3 numbers): 0.1.0-SNAPSHOT -> 0.1.0.
numeric_version() {
  local version="$1" numeric
  if [ -z "$version" ]; then
    version="$(sed -n 's/^version=//p' "$root/app/target/classes/io/abacus/app/version.properties")"
  fi
  numeric="$(echo "$version" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')"
  [[ "$numeric" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot map version '$version' to numbers"
  echo "$numeric"
}

# Copies the class path into $out/input and sets fx_path to the JavaFX modules for this OS
# ($1: a pattern such as 'javafx-*-linux.jar'), which go into the runtime instead.
stage_input() {
  local fx_pattern="$1" jar name
  fx_path=""
  mkdir -p "$out/input"
  [ -f "$root/app/target/abacus-app.jar" ] || die "no jars in $root/app/target; build them first"
  cp "$root/app/target/abacus-app.jar" "$out/input/"
  for jar in "$root"/app/target/lib/*.jar; do
    name="$(basename "$jar")"
    # shellcheck disable=SC2254 # the pattern is meant to match
    case "$name" in
      $fx_pattern) fx_path="$fx_path${fx_path:+:}$jar" ;;
      javafx-*) ;; # placeholders and other platforms' JavaFX
      *) cp "$jar" "$out/input/" ;;
    esac
  done
  [ -n "$fx_path" ] || die "no $fx_pattern in $root/app/target/lib"
}

# Puts the Sandbox's anvil binary ($1) at $out/input/anvil/$2; the launcher's -Dabacus.anvil
# points there ($APPDIR is the app folder inside the package).
stage_anvil() {
  mkdir -p "$out/input/anvil"
  cp "$1" "$out/input/anvil/$2"
  chmod 755 "$out/input/anvil/$2"
}

# Links the trimmed runtime into $out/runtime. JavaFX's jars carry its native libraries as
# resources, which JavaFX would unpack into ~/.openjfx on every new user's first start; they go
# into the runtime's lib/ instead (where JavaFX loads them from first) and out of the modules file.
# --generate-cds-archive gives the runtime the JDK's default class-data sharing archive
# (lib/server/classes.jsa), which a jlinked runtime otherwise lacks: every JDK class was loaded and
# verified from the modules file on each start (issue 20: `--version` 6.2 s -> 4.5 s under load).
# It names no absolute path, so it still works when the image is moved or installed elsewhere.
link_runtime() {
  local jar
  "$java_home/bin/jlink" \
    --module-path "$java_home/jmods:$fx_path" \
    --add-modules "$(jdk_modules),javafx.controls" \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive \
    --exclude-resources='glob:/javafx.graphics/*.so,glob:/javafx.graphics/*.dylib' \
    --output "$out/runtime"
  for jar in ${fx_path//:/ }; do
    unzip -q -o -j "$jar" '*.so' '*.dylib' -d "$out/runtime/lib" 2>/dev/null || [ $? -eq 11 ]
  done
  # The second archive is for heaps over 32 GB (no compressed pointers): 10 MB Abacus never uses.
  rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
  ls "$out"/runtime/lib/*glass* >/dev/null 2>&1 || die "no JavaFX native libraries in $out/runtime/lib"
}
