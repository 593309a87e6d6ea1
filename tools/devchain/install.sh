#!/usr/bin/env bash
# Installs the pinned dev-chain tools (anvil, solc-js, OpenZeppelin 4.9 artifacts, and ethers 6 +
# eth-sig-util, the references of the differential tests) exactly as
# package-lock.json says, when missing or out of date. Fast when already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$here/node_modules/.abacus-lock"
bin="$here/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
if [ -x "$bin" ] && [ -f "$stamp" ] && cmp -s "$stamp" "$here/package-lock.json"; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm is needed to install the local test chain (anvil); install Node.js 20+" >&2
  exit 1
fi
echo "Installing dev-chain tools into $here/node_modules ..." >&2
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >&2
"$bin" --version >/dev/null
cp "$here/package-lock.json" "$stamp"
