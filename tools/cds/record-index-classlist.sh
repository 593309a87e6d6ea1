#!/usr/bin/env bash
# Records app/cds/index.classlist: the classes a representative `abacus index` run loads, which the
# launcher adds to the `index` command's CDS archive (issue 20). Run it after changes to the
# indexer, the store or their libraries, then commit the list.
#
# What it does: starts a Sandbox (local anvil) in a throw-away data folder, fills BLOCKS blocks with
# its demo traffic (ETH payments, a token's deployment and Transfer logs, approve/transferFrom),
# indexes them into a new file with -XX:DumpLoadedClassList, and writes the loaded class names
# cleaned by tools/cds/clean-classlist.sh (the installer's recorder uses the same step).
#
# Usage: tools/cds/record-index-classlist.sh [BLOCKS]   (default 80; needs the dev-chain tools, which
# the first build installs)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
blocks="${1:-80}"
out="$root/app/cds/index.classlist"
work="$(mktemp -d "${TMPDIR:-/tmp}/abacus-classlist.XXXXXX")"
export ABACUS_DATA_DIR="$work/data"

cleanup() {
  "$root/abacus" sandbox stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"$root/abacus" sandbox start >/dev/null
"$root/abacus" sandbox demo-activity --blocks "$blocks" >&2
url="$("$root/abacus" sandbox status --json | sed -n 's/.*"rpcUrl" *: *"\([^"]*\)".*/\1/p')"
[ -n "$url" ] || { echo "error: no Sandbox URL from 'abacus sandbox status --json'" >&2; exit 1; }

# Without the archive (ABACUS_CDS=off) so that the list is what the run itself loads.
ABACUS_CDS=off ABACUS_JAVA_OPTS="-XX:DumpLoadedClassList=$work/loaded" \
  "$root/abacus" index --rpc "$url" --db "$work/index.db" >&2

{
  echo "# Classes a representative 'abacus index' run loads ($blocks Sandbox blocks of demo traffic:"
  echo "# ETH payments, a token deployment, ERC-20 Transfer logs, approve/transferFrom), recorded by"
  echo "# tools/cds/record-index-classlist.sh with -XX:DumpLoadedClassList; ./abacus adds them to the"
  echo "# index command's CDS archive (see the launcher). Regenerate with that script, do not edit."
  "$root/tools/cds/clean-classlist.sh" "$work/loaded"
} >"$out.tmp"
mv -f "$out.tmp" "$out"
echo "wrote $out: $(grep -vc '^#' "$out") classes" >&2
