#!/usr/bin/env bash
# Measures how fast Abacus starts, on a private Xvfb display: the time from launch to its main
# window being mapped (shown by the X server; what it shows may still be blank), with --paint the
# time to what a person sees in it, or with --cli the time of two quick commands.
#
#   installer/measure-startup.sh [--launcher PATH] [--runs N] [--display :97] [--screenshot FILE]
#                                [--fresh-data] [--bare | --paint [--shots DIR] | --cli]
#
#   --launcher PATH  what to start: the installed /opt/abacus/bin/Abacus (default), an app-image's
#                    bin/Abacus, or the repository's ./abacus
#   --fresh-data     every run gets a new, empty data folder (ABACUS_DATA_DIR)
#   --bare           alternates each Abacus run with a bare JavaFX window (one Label, same JVM and
#                    JavaFX, launched the same way) and prints both medians and their ratio
#   --paint          as --bare, and watches the screen (a screenshot every 25 ms by a small Java
#                    program, installer/Watch.java, Robot on the same Xvfb, started before each
#                    launch): per run, when the window is mapped, when it first shows content (is no
#                    longer one colour), for Abacus when it is readable (the sidebar's "Abacus"
#                    heading is painted: text in the heading's place, below the test-money banner)
#                    and when the shell is painted (its network switcher shows the network's name,
#                    which the first frame's skeleton leaves empty) and when its first page is
#                    (the wallet gate's accent "Create a wallet" button, where the shell first shows
#                    a progress indicator); for the bare window "content" is its label. Prints the
#                    medians and the ratios Abacus readable / bare label (the window goal), shell /
#                    bare label and page / bare label, per round too; keeps each run's
#                    screenshots of those moments (and of the last blank one) in DIR (default: a new
#                    /tmp folder)
#   --cli            alternates `abacus --version` and `abacus address checksum ADDR` with a
#                    hello-world `java -cp` of the same JVM and prints the medians and ratios
#
# As root (window runs without --fresh-data), the app runs as a new throw-away user (deleted
# afterwards), as a new user of a fresh install would: run 1 is cold (no caches in the home folder
# yet, the data folder ~/.local/share/abacus is created), the others are warm. Not as root, it runs
# as you, and every run may be warm.
# Needs Xvfb, xdotool, javac (for --bare and --cli) and, for --screenshot, ImageMagick's `import`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
launcher=/opt/abacus/bin/Abacus runs=3 display=:97 screenshot="" fresh=0 mode=window shots=""
while [ $# -gt 0 ]; do
  case "$1" in
    --launcher) launcher="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --display) display="$2"; shift ;;
    --screenshot) screenshot="$2"; shift ;;
    --fresh-data) fresh=1 ;;
    --bare) mode=bare ;;
    --paint) mode=paint ;;
    --shots) shots="$2"; shift ;;
    --cli) mode=cli ;;
    *) echo "error: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
die() { echo "error: $*" >&2; exit 1; }
[ -x "$launcher" ] || die "no launcher at $launcher"
launcher="$(readlink -f "$launcher")"

work="$(mktemp -d)"
chmod 755 "$work"
xvfb="" app="" user=""
cleanup() {
  [ -z "$app" ] || kill "$app" 2>/dev/null || true
  pgrep -f -- "--state $work/" | xargs -r kill 2>/dev/null || true
  [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
  [ -z "$user" ] || userdel "$user" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# The JVM and JavaFX the launcher uses, so the bare programs start the same way.
java_bin="" fx_opts=()
if [ -x "$(dirname "$launcher")/../lib/runtime/bin/java" ]; then # a jpackage app-image
  java_bin="$(dirname "$launcher")/../lib/runtime/bin/java"
  fx_opts=(--add-modules javafx.controls)
else # the repository's ./abacus: the JDK on the path, JavaFX from app/target/lib
  java_bin="java"
  [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java_bin="$JAVA_HOME/bin/java"
  fx_path="$(find "$(dirname "$launcher")/app/target/lib" -name 'javafx-*-linux.jar' | sort | paste -sd:)"
  fx_opts=(--module-path "$fx_path" --add-modules javafx.controls)
fi

# Compiles the bare JavaFX window and the hello world into $work/bare.
compile_bare() {
  command -v javac >/dev/null || die "javac is missing (a JDK is needed for --bare and --cli)"
  mkdir -p "$work/bare"
  cat >"$work/bare/Bare.java" <<'EOF'
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public final class Bare {
  public static void main(String[] args) {
    Platform.startup(() -> {
      Stage stage = new Stage();
      stage.setTitle("Bare");
      stage.setScene(new Scene(new Label("Bare JavaFX window"), 400, 200));
      stage.show();
    });
  }
}
EOF
  cat >"$work/bare/Hello.java" <<'EOF'
public final class Hello {
  public static void main(String[] args) {
    System.out.println("Hello, world");
  }
}
EOF
  local jars
  jars="$(find "$root/app/target/lib" -name 'javafx-*-linux.jar' 2>/dev/null | sort | paste -sd:)"
  [ -n "$jars" ] || die "no JavaFX jars in $root/app/target/lib; build the jars first"
  cp "$root/installer/Watch.java" "$work/bare/"
  javac -d "$work/bare" --module-path "$jars" --add-modules javafx.controls \
    "$work/bare/Bare.java" "$work/bare/Hello.java" "$work/bare/Watch.java"
}

data_env() {
  if [ "$fresh" = 1 ]; then
    local d
    d="$(mktemp -d "$work/data.XXXXXX")"
    chmod 777 "$d"
    echo "ABACUS_DATA_DIR=$d"
  else
    echo "ABACUS_DATA_DIR_UNUSED=1"
  fi
}

# Starts Xvfb on $display.
start_display() {
  for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || die "$tool is missing (sudo apt-get install xvfb xdotool)"
  done
  Xvfb "$display" -screen 0 1280x800x24 -br -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  export DISPLAY="$display"
  for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
}

# Runs "$@" in the background until a visible window named $1 exists; sets ms to the time taken.
time_window() {
  local name="$1" shown
  shift
  start=$(now_ms)
  "$@" >"$work/app.log" 2>&1 &
  app=$!
  shown=""
  while [ -z "$shown" ]; do
    kill -0 "$app" 2>/dev/null || { echo "error: $name exited; its output:" >&2; cat "$work/app.log" >&2; exit 1; }
    [ $(( $(now_ms) - start )) -lt 180000 ] || die "no $name window after 180s"
    shown="$(xdotool search --onlyvisible --name "^$name\$" 2>/dev/null | head -1 || true)"
    [ -n "$shown" ] || sleep 0.02
  done
  ms=$(( $(now_ms) - start ))
}

# Starts the screen watcher (what: content or shell; screenshots to PREFIX-*.png), then times
# "$@" as time_window does; sets mapped, content, readable and shell (ms after launch) and cpu
# (seconds the launched process and its children used until then), and stops the app.
watch_window() {
  local what="$1" prefix="$2" name="$3" line t
  shift 3
  # The JDK's java (an app-image's runtime has no AWT for the Robot).
  "$(dirname "$(readlink -f "$(command -v javac)")")/java" -cp "$work/bare" Watch "$what" "$prefix" \
    180000 >"$work/watch.out" 2>&1 &
  watcher=$!
  for _ in $(seq 500); do grep -qs ready "$work/watch.out" && break; sleep 0.02; done
  time_window "$name" "$@"
  mapped=$ms content="" readable="" shell="" page=""
  wait "$watcher" || true
  while read -r line t; do
    case "$line" in
      content) content=$(( t - start )) ;;
      readable) readable=$(( t - start )) ;;
      shell) shell=$(( t - start )) ;;
      page) page=$(( t - start )) ;;
      timeout) die "no painted $name window after 180s (screenshots: $prefix-*)" ;;
    esac
  done <"$work/watch.out"
  [ -n "$content" ] || die "watcher: $(cat "$work/watch.out")"
  if [ "$what" = shell ] && { [ -z "$readable" ] || [ -z "$shell" ] || [ -z "$page" ]; }; then
    die "watcher: $(cat "$work/watch.out")"
  fi
  cpu=$(tree_cpu "$app")
  stop_app
}

# CPU seconds (user + system) used so far by process $1 and its descendants.
tree_cpu() {
  local pids
  pids="$1 $(pgrep -P "$1" | tr '\n' ' ')"
  for p in $(pgrep -P "$1"); do pids="$pids $(pgrep -P "$p" | tr '\n' ' ')"; done
  local tck
  tck=$(getconf CLK_TCK)
  for p in $pids; do cat "/proc/$p/stat" 2>/dev/null || true; done |
    awk -v t="$tck" '{ sub(/^.*\) /, ""); s += $12 + $13 } END { printf "%.2f", s / t }'
}

# Stops the app, and the Sandbox (anvil) it started for a fresh data folder: anvil outlives a
# killed app, and would take CPU from the next runs.
stop_app() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
  pgrep -f -- "--state $work/" | xargs -r kill 2>/dev/null || true
}

# Times one run of "$@" (output discarded); sets ms to the time taken.
time_command() {
  local start
  start=$(now_ms)
  "$@" >/dev/null 2>"$work/cmd.err" || { cat "$work/cmd.err" >&2; die "failed: $*"; }
  ms=$(( $(now_ms) - start ))
}

if [ "$mode" = cli ]; then
  compile_bare
  address=0x52908400098527886e0f7030069857d2e4169ee7
  hello=() version=() checksum=()
  for run in $(seq "$runs"); do
    time_command "$java_bin" -cp "$work/bare" Hello; h=$ms
    time_command env "$(data_env)" "$launcher" --version; v=$ms
    time_command "$java_bin" -cp "$work/bare" Hello; h2=$ms
    time_command env "$(data_env)" "$launcher" address checksum "$address"; c=$ms
    hello+=("$h" "$h2") version+=("$v") checksum+=("$c")
    echo "run $run: hello ${h} ms, --version ${v} ms, hello ${h2} ms, address checksum ${c} ms"
  done
  mh=$(median "${hello[@]}") mv=$(median "${version[@]}") mc=$(median "${checksum[@]}")
  echo "median: hello world ${mh} ms; --version ${mv} ms ($(ratio "$mv" "$mh")x);" \
    "address checksum ${mc} ms ($(ratio "$mc" "$mh")x)"
  exit 0
fi

start_display
as=()
if [ "$(id -u)" = 0 ] && [ "$fresh" = 0 ]; then
  user="abacus-bench-$$"
  useradd --create-home --home-dir "$work/home" --shell /usr/sbin/nologin "$user"
  as=(runuser -u "$user" --)
fi

if [ "$mode" = bare ]; then
  compile_bare
  abacus=() bare=()
  for run in $(seq "$runs"); do
    time_window Bare "$java_bin" "${fx_opts[@]}" -cp "$work/bare" Bare; b=$ms
    stop_app
    time_window Abacus env -u XDG_DATA_HOME "$(data_env)" "$launcher"; a=$ms
    stop_app
    abacus+=("$a") bare+=("$b")
    echo "run $run: bare JavaFX window ${b} ms, Abacus window ${a} ms"
  done
  ma=$(median "${abacus[@]}") mb=$(median "${bare[@]}")
  echo "median: bare ${mb} ms, Abacus ${ma} ms, ratio $(ratio "$ma" "$mb")"
  exit 0
fi

if [ "$mode" = paint ]; then
  compile_bare
  [ -n "$shots" ] || shots="$(mktemp -d /tmp/abacus-paint.XXXXXX)"
  mkdir -p "$shots"
  a_map=() a_content=() a_read=() a_shell=() a_page=() b_map=() b_label=() rounds=() shell_rounds=()
  page_rounds=()
  cpu_a=() cpu_b=()
  for run in $(seq "$runs"); do
    watch_window content "$shots/run$run-bare" Bare "$java_bin" "${fx_opts[@]}" -cp "$work/bare" Bare
    b_map+=("$mapped") b_label+=("$content") cpu_b+=("$cpu")
    bm=$mapped bl=$content bc=$cpu
    watch_window shell "$shots/run$run-abacus" Abacus env -u XDG_DATA_HOME "$(data_env)" "$launcher"
    a_map+=("$mapped") a_content+=("$content") a_read+=("$readable") a_shell+=("$shell")
    a_page+=("$page") page_rounds+=("$(ratio "$page" "$bl")")
    cpu_a+=("$cpu") rounds+=("$(ratio "$readable" "$bl")") shell_rounds+=("$(ratio "$shell" "$bl")")
    echo "run $run: bare mapped ${bm} ms, label ${bl} ms (cpu ${bc} s);" \
      "Abacus mapped ${mapped} ms, first content ${content} ms, readable ${readable} ms," \
      "shell ${shell} ms, page ${page} ms (cpu ${cpu} s); readable / label" \
      "$(ratio "$readable" "$bl"), shell / label $(ratio "$shell" "$bl"), page / label" \
      "$(ratio "$page" "$bl"), load $(cut -d' ' -f1 /proc/loadavg)"
  done
  mbl=$(median "${b_label[@]}") mar=$(median "${a_read[@]}") mas=$(median "${a_shell[@]}")
  mid() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  echo "median: bare mapped $(median "${b_map[@]}") ms, label ${mbl} ms;" \
    "Abacus mapped $(median "${a_map[@]}") ms, first content $(median "${a_content[@]}") ms," \
    "Abacus window readable ${mar} ms, shell painted ${mas} ms, page painted $(median "${a_page[@]}") ms"
  echo "ratio Abacus window readable / bare label $(ratio "$mar" "$mbl")" \
    "(per round: ${rounds[*]}; median $(mid "${rounds[@]}"));" \
    "shell painted / bare label $(ratio "$mas" "$mbl") (per round: ${shell_rounds[*]};" \
    "median $(mid "${shell_rounds[@]}")); page painted / bare label" \
    "$(ratio "$(median "${a_page[@]}")" "$mbl") (per round: ${page_rounds[*]};" \
    "median $(mid "${page_rounds[@]}"))"
  echo "cpu seconds (user+sys of the launched process tree): bare ${cpu_b[*]}; Abacus ${cpu_a[*]}"
  echo "screenshots: $shots"
  exit 0
fi

for run in $(seq "$runs"); do
  time_window Abacus "${as[@]}" env -u ABACUS_DATA_DIR -u XDG_DATA_HOME "$(data_env)" "$launcher"
  kind=warm; [ "$run" = 1 ] && [ -n "$user" ] && kind=cold
  echo "run $run ($kind): main window after ${ms} ms"
  if [ -n "$screenshot" ] && [ "$run" = "$runs" ]; then
    sleep 2 # let the first frame settle
    import -window root "$screenshot"
    echo "screenshot: $screenshot"
  fi
  stop_app
done
