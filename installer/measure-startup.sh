#!/usr/bin/env bash
# Measures the time from launching Abacus to its main window being shown, on a private Xvfb
# display, and can save a screenshot. The window is shown only after its scene is built, so a
# visible "Abacus" window is a usable one.
#
#   installer/measure-startup.sh [--launcher PATH] [--runs N] [--display :97] [--screenshot FILE]
#
# Default launcher: /opt/abacus/bin/Abacus (the installed .deb). As root, the app runs as a new
# throw-away user (deleted afterwards), as a new user of a fresh install would: run 1 is cold
# (no caches in the home folder yet, the data folder ~/.local/share/abacus is created), the others
# are warm. Not as root, it runs as you, and every run may be warm.
# Needs Xvfb, xdotool and, for --screenshot, ImageMagick's `import`.
set -euo pipefail

launcher=/opt/abacus/bin/Abacus runs=3 display=:97 screenshot=""
while [ $# -gt 0 ]; do
  case "$1" in
    --launcher) launcher="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --display) display="$2"; shift ;;
    --screenshot) screenshot="$2"; shift ;;
    *) echo "error: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (sudo apt-get install xvfb xdotool)" >&2; exit 1; }
done
[ -x "$launcher" ] || { echo "error: no launcher at $launcher" >&2; exit 1; }

work="$(mktemp -d)"
chmod 755 "$work"
as=()
user=""
if [ "$(id -u)" = 0 ]; then
  user="abacus-bench-$$"
  useradd --create-home --home-dir "$work/home" --shell /usr/sbin/nologin "$user"
  as=(runuser -u "$user" --)
fi
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
app=""
cleanup() {
  [ -z "$app" ] || kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  [ -z "$user" ] || userdel "$user" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY="$display"
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

for run in $(seq "$runs"); do
  start=$(date +%s%N)
  "${as[@]}" env -u ABACUS_DATA_DIR -u XDG_DATA_HOME "$launcher" >"$work/app.log" 2>&1 &
  app=$!
  shown=""
  while [ -z "$shown" ]; do
    kill -0 "$app" 2>/dev/null || { echo "error: Abacus exited; see its output:" >&2; cat "$work/app.log" >&2; exit 1; }
    [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 180 ] || { echo "error: no window after 180s" >&2; exit 1; }
    shown="$(xdotool search --onlyvisible --name '^Abacus$' 2>/dev/null | head -1 || true)"
    [ -n "$shown" ] || sleep 0.05
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kind=warm; [ "$run" = 1 ] && [ -n "$user" ] && kind=cold
  echo "run $run ($kind): main window after ${ms} ms"
  if [ -n "$screenshot" ] && [ "$run" = "$runs" ]; then
    sleep 2 # let the first frame settle
    import -window root "$screenshot"
    echo "screenshot: $screenshot"
  fi
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
done
