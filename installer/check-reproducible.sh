#!/usr/bin/env bash
# Checks that the build is reproducible: builds the jars twice, each from a clean copy of this
# checkout in its own temporary folder, and compares the SHA-256 of every module jar and of every
# jar in app/target/lib (the runtime class path the installers ship). Exit 0 when all are equal.
#
#   installer/check-reproducible.sh          two builds (about two minutes here)
#   installer/check-reproducible.sh -o       extra arguments go to mvn (here: offline)
#
# The copies hold the files git tracks plus untracked ones it does not ignore, so uncommitted work
# is checked too; tools/devchain/node_modules is linked, not reinstalled.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
die() { echo "error: $*" >&2; exit 1; }
command -v git >/dev/null || die "git is needed to list the checkout's files"
command -v mvn >/dev/null || die "Maven (mvn) is needed"
work="$(mktemp -d "${TMPDIR:-/tmp}/abacus-repro.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Copies the checkout's source files (no target/, no node_modules/) into $1.
copy_checkout() {
  mkdir -p "$1"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard |
    tar --null --verbatim-files-from -T - --ignore-failed-read -cf - 2>/dev/null) |
    tar -xf - -C "$1"
  if [ -d "$root/tools/devchain/node_modules" ]; then
    ln -sfn "$root/tools/devchain/node_modules" "$1/tools/devchain/node_modules"
  fi
}

# Builds the copy in $1 and writes "sha256  path" for each jar, sorted, to $1.sums.
build_and_hash() {
  local dir="$1" log="$1.log"
  if ! (cd "$dir" && mvn -B -q -DskipTests -Dspotless.check.skip=true "${@:2}" package) \
    >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "the build in $dir failed (log above)"
  fi
  (cd "$dir" && find . -path ./tools -prune -o -path '*/target/*.jar' -type f -print |
    LC_ALL=C sort | xargs sha256sum) >"$dir.sums"
}

for run in a b; do
  echo "== build $run in $work/$run"
  copy_checkout "$work/$run"
  build_and_hash "$work/$run" "$@"
done

count="$(wc -l <"$work/a.sums")"
[ "$count" -gt 0 ] || die "the build produced no jars"
grep -q ' \./app/target/lib/' "$work/a.sums" || die "no app/target/lib in the build"
if cmp -s "$work/a.sums" "$work/b.sums"; then
  echo "reproducible: $count jars byte-identical in both builds"
  exit 0
fi
echo "NOT reproducible: these jars differ (or exist in one build only):"
diff "$work/a.sums" "$work/b.sums" | sed -n 's/^[<>] [0-9a-f]*  /  /p' | LC_ALL=C sort -u
exit 1
