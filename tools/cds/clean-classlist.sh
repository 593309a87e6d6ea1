#!/usr/bin/env bash
# The one cleaning step of recorded class lists (issue 20): merges the -XX:DumpLoadedClassList
# files given and prints what -Xshare:dump -XX:SharedClassListFile takes from several JVMs: class
# names only, sorted, each once. Dropped: comments, the JVM's lambda and hidden-class `@` lines,
# classes of other class loaders (` source: ` lines: the dump cannot load them by name) and the
# ` id: N` / ` super: ` parts (each JVM numbers its classes from 0, so merged ids would clash).
# Used by tools/cds/record-index-classlist.sh and installer/record-classlist.sh.
#
# Usage: tools/cds/clean-classlist.sh LIST... > CLEANED
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 LIST..." >&2; exit 2; }
cat "$@" | grep -v -e '^#' -e '^@' -e ' source: ' | sed 's/ .*//' | awk 'NF' | LC_ALL=C sort -u
