#!/usr/bin/env bash
# Installs the pinned anvil (see package-lock.json) when it is missing. Fast when already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="$here/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q "1.7.1"; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm is needed to install the local test chain (anvil); install Node.js 20+" >&2
  exit 1
fi
echo "Installing anvil into $here/node_modules ..." >&2
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >&2
"$bin" --version >/dev/null
