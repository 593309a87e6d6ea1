#!/usr/bin/env bash
# Checks on this machine (as root; it installs and removes the abacus package) that:
#   1. the older .deb installs, and the installed app writes only to the per-user data folder;
#   2. installing the newer .deb over it (dpkg -i) keeps every file in the data folder;
#   3. dpkg -r and dpkg -P remove /opt/abacus and leave the data folder alone.
#
#   installer/test-deb-upgrade.sh OLD.deb NEW.deb
#
# Build the two with e.g. `installer/build.sh --version 0.1.0` and
# `ABACUS_INSTALLER_OUT=/tmp/abacus-v2 installer/build.sh --skip-jars --version 0.1.1`.
set -euo pipefail
old="${1:?usage: $0 OLD.deb NEW.deb}" new="${2:?usage: $0 OLD.deb NEW.deb}"
[ "$(id -u)" = 0 ] || { echo "error: run as root (it installs packages)" >&2; exit 1; }
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

# A throw-away user, as a real user of the package: Java takes the home folder from the user
# account, not from $HOME.
work="$(mktemp -d)"
chmod 755 "$work"
user="abacus-test-$$"
useradd --create-home --home-dir "$work/home" --shell /usr/sbin/nologin "$user"
data="$work/home/.local/share/abacus"
trap 'userdel "$user" 2>/dev/null || true; rm -rf "$work"' EXIT
run() { runuser -u "$user" -- env -u ABACUS_DATA_DIR -u XDG_DATA_HOME /opt/abacus/bin/Abacus "$@"; }

dpkg -i "$old" >/dev/null
pass "installed $(dpkg-query -W -f '${Package} ${Version}' abacus): $(run --version | sed -n 1p)"
stamp="$(mktemp)"
run doctor >/dev/null || fail "doctor failed on the installed app"
[ -d "$data/logs" ] || fail "the app did not use the default data folder $data"
[ -z "$(find /opt/abacus -newer "$stamp" -print -quit)" ] || fail "the app wrote into /opt/abacus"
pass "the installed app writes to $data, nothing under /opt/abacus"

# Stand-ins for a user's wallets, index and settings (the real formats live in the data folder too).
mkdir -p "$data/wallets" "$data/index"
head -c 4096 /dev/urandom >"$data/wallets/business.vault"
head -c 1048576 /dev/urandom >"$data/index/mainnet.sqlite"
echo '{"version":1,"network":"sandbox"}' >"$data/settings.json"
chown -R "$user" "$data"
before="$(cd "$data" && find . -type f ! -path './logs/*' -exec sha256sum {} + | sort)"

dpkg -i "$new" >/dev/null
pass "upgraded to $(dpkg-query -W -f '${Version}' abacus): $(run --version | sed -n 1p)"
after="$(cd "$data" && find . -type f ! -path './logs/*' -exec sha256sum {} + | sort)"
[ "$before" = "$after" ] || fail "the upgrade changed the data folder"
pass "upgrade kept all $(echo "$after" | wc -l) data files byte for byte"

dpkg -r abacus >/dev/null
[ ! -e /opt/abacus/bin/Abacus ] || fail "dpkg -r left /opt/abacus/bin/Abacus"
[ ! -e /usr/share/applications/abacus-Abacus.desktop ] || fail "dpkg -r left the menu entry"
after="$(cd "$data" && find . -type f ! -path './logs/*' -exec sha256sum {} + | sort)"
[ "$before" = "$after" ] || fail "dpkg -r changed the data folder"
pass "dpkg -r removed /opt/abacus and left the data folder alone"

dpkg -i "$new" >/dev/null && dpkg -P abacus >/dev/null
after="$(cd "$data" && find . -type f ! -path './logs/*' -exec sha256sum {} + | sort)"
[ "$before" = "$after" ] || fail "dpkg -P changed the data folder"
[ ! -d /opt/abacus ] || fail "dpkg -P left /opt/abacus"
pass "dpkg -P (purge) also left the data folder alone"
