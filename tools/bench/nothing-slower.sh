#!/usr/bin/env bash
# Issue 20's goal "nothing gets slower": re-measures vault unlock, wallet-core signing, unlocking in
# the window, the explorer window's page latencies and FX-thread stalls, and the explorer's query
# latencies on two built checkouts, alternated in one run (base, head, base, head ...), and prints
# one table: benchmark, base median, head median, ratio, verdict. See docs/benchmarks.md, section
# "Nothing gets slower (issue 20)".
#
#   tools/bench/nothing-slower.sh BASE_DIR HEAD_DIR [ROUNDS]     (ROUNDS defaults to 3)
#
# BASE_DIR and HEAD_DIR are checkouts built with `mvn -B -q -o -DskipTests package`, e.g.
#   git worktree add /tmp/abacus-base 49772fe && (cd /tmp/abacus-base && mvn -B -q -o -DskipTests package)
# Environment: NOTHING_SLOWER_CACHE (default /tmp/abacus-nothing-slower: the synthetic index, filled
# once by HEAD, and every run's log), NOTHING_SLOWER_TXS (synthetic index size, default 1000000),
# NOTHING_SLOWER_THRESHOLD (default 0.10), NOTHING_SLOWER_ONLY (comma-separated subset of
# vault,signing,unlock-window,explorer-ui,queries), NOTHING_SLOWER_BASE_JAVA_OPTS and
# NOTHING_SLOWER_HEAD_JAVA_OPTS (JVM options for one side only, e.g. the launcher's window flags).
# The explorer window benchmark is HEAD's ExplorerUiBenchmark on both sides (compiled against each
# side's classes into NOTHING_SLOWER_CACHE/uibench-SIDE), so both measure alike.
# Needs java/javac 17, mvn, python3 and Xvfb.
set -euo pipefail
exec python3 "$(dirname "$0")/nothing_slower.py" "$@"
