#!/usr/bin/env python3
"""Issue 20's goal "nothing gets slower", re-measured in one run: see nothing-slower.sh."""

import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

USAGE = "usage: nothing-slower.sh BASE_DIR HEAD_DIR [ROUNDS]"
THRESHOLD = float(os.environ.get("NOTHING_SLOWER_THRESHOLD", "0.10"))
TXS = int(os.environ.get("NOTHING_SLOWER_TXS", "1000000"))
CACHE = Path(os.environ.get("NOTHING_SLOWER_CACHE", "/tmp/abacus-nothing-slower"))
ONLY = os.environ.get("NOTHING_SLOWER_ONLY", "")  # e.g. "vault,queries"
# JVM options for one side's benchmark JVMs only, e.g. the launcher's window flags on HEAD to see
# what they cost the explorer window (split on spaces).
SIDE_JAVA_OPTS = {side: os.environ.get(f"NOTHING_SLOWER_{side.upper()}_JAVA_OPTS", "").split()
                  for side in ("base", "head")}
TIMEOUT = 900
CP_FILE = "target/nothing-slower.classpath"
HELPER = Path(__file__).resolve().parent / "NothingSlowerQueries.java"
HELPER_CLASS = "io.abacus.explorer.bench.NothingSlowerQueries"
# Both sides run HEAD's explorer window benchmark (compiled against each side's classes), so a
# change to how it measures applies to base and head alike.
UI_BENCH = "app/src/test/java/io/abacus/app/explorer/ExplorerUiBenchmark.java"


def die(message):
    print("nothing-slower: " + message, file=sys.stderr)
    sys.exit(2)


class Checkout:
    """A built checkout (BASE or HEAD) and the class paths of its modules."""

    MODULES = ("wallet-core", "explorer", "app")

    def __init__(self, side, root):
        self.side = side
        self.root = Path(root).resolve()
        if not (self.root / "pom.xml").is_file():
            die(f"{side} {root} is not an Abacus checkout (no pom.xml)")
        built = [self.root / m / "target/classes" for m in self.MODULES]
        built += [self.tests(m) / "target/test-classes" for m in self.MODULES]
        missing = [str(p.relative_to(self.root)) for p in built if not p.is_dir()]
        if missing:
            die(
                f"{side} {self.root} is not built ({missing[0]} missing): run "
                f"'mvn -B -q -o -DskipTests package' there first"
            )
        self.helper_classes = None
        self.ui_bench_classes = None

    def tests(self, module):
        """The folder that builds MODULE's tests: MODULE/tests since decision 0014, else MODULE."""
        split = self.root / module / "tests"
        return split if (split / "pom.xml").is_file() else self.root / module

    def has_class(self, module, name):
        path = name.replace(".", "/") + ".class"
        return (self.tests(module) / "target/test-classes" / path).is_file()

    def classpath(self, module):
        """The docs' class path: the module's classes, test classes and dependencies (test scope)."""
        cp_file = self.tests(module) / CP_FILE
        poms = [self.root / "pom.xml"] + [self.tests(m) / "pom.xml" for m in self.MODULES]
        stale = not cp_file.is_file() or any(
            p.is_file() and p.stat().st_mtime > cp_file.stat().st_mtime for p in poms
        )
        if stale:
            log = CACHE / f"classpath-{self.side}.log"
            print(f"  {self.side}: mvn dependency:build-classpath (once; log {log})", flush=True)
            with open(log, "w") as out:
                rc = subprocess.call(
                    [
                        "mvn", "-B", "-o", "-q", "-pl",
                        ",".join(str(self.tests(m).relative_to(self.root)) for m in self.MODULES),
                        "-am", "test-compile",
                        "dependency:build-classpath", "-Dmdep.includeScope=test",
                        "-Dmdep.outputFile=" + CP_FILE, "-Dspotless.check.skip=true",
                    ],
                    cwd=self.root, stdout=out, stderr=subprocess.STDOUT,
                )
            if rc != 0 or not cp_file.is_file():
                die(f"{self.side} {self.root}: mvn dependency:build-classpath failed (see {log})")
        deps = cp_file.read_text().strip()
        own = [str(self.root / module / "target/classes"), str(self.tests(module) / "target/test-classes")]
        return ":".join(own + ([deps] if deps else []))


# ---- parsers: each returns {metric: value}, lower is better ----

def parse_vault(out):
    names = {
        "vault open": "vault open, scrypt n=2^17, 20 accounts (ms)",
        "keystore v3 decrypt, scrypt": "keystore v3 decrypt, scrypt n=2^18 (ms)",
        "keystore v3 decrypt, pbkdf2": "keystore v3 decrypt, pbkdf2 (ms)",
    }
    found = {}
    for m in re.finditer(r"^(.*?)\s+runs=\d+ min=\d+ ms median=(\d+) ms", out, re.M):
        for prefix, name in names.items():
            if m.group(1).startswith(prefix):
                found[name] = float(m.group(2))
    return found


def parse_wallet_core(out):
    found = {}
    for m in re.finditer(r"^(.{28})\s+([\d,]+) ops/s", out, re.M):
        found[m.group(1).strip() + " (µs/op)"] = 1e6 / float(m.group(2).replace(",", ""))
    return found


def parse_unlock_window(out):
    runs = re.findall(
        r"run \d+: unlocked in (\d+) ms; FX thread: \d+ probes, (\d+) stalls > \d+ ms, max (\d+) ms",
        out,
    )
    if not runs:
        return {}
    return {
        "unlock, click to accounts shown, median of the cycles (ms)": statistics.median(
            float(r[0]) for r in runs
        ),
        "longest FX-thread wait over the cycles (ms)": max(float(r[2]) for r in runs),
        "FX stalls > 50 ms, all cycles (count)": sum(float(r[1]) for r in runs),
    }


def parse_explorer_ui(out):
    shown = {}
    for m in re.finditer(r"^- (.*?): data shown after (\d+) ms; FX stalls > 50 ms: \d+ \(max (\d+) ms\)", out, re.M):
        label = re.sub(r" in this JVM.*", " (cold JVM)", m.group(1))
        shown.setdefault(label, []).append(float(m.group(2)))
    found = {f"{label}: data shown (ms{', median of %d' % len(v) if len(v) > 1 else ''})": statistics.median(v)
             for label, v in shown.items()}
    m = re.search(r"^- paged to .*?: ([\d.]+) s; FX stalls > 50 ms: (\d+) \(max (\d+) ms, p99 (\d+) ms", out, re.M)
    if m:
        found["Load more x24 while scrolling: whole time (s)"] = float(m.group(1))
        found["Load more x24 while scrolling: longest FX wait (ms)"] = float(m.group(3))
    m = re.search(r"whole run.*?(\d+) stalls > 50 ms\**, max (\d+) ms, p99 (\d+) ms", out)
    if m:
        found["whole run: FX stalls > 50 ms (count)"] = float(m.group(1))
        found["whole run: longest FX wait (ms)"] = float(m.group(2))
        found["whole run: p99 FX wait (ms)"] = float(m.group(3))
    return found


def parse_queries(out):
    found = {}
    for m in re.finditer(r"^query\t(.*?)\t([\d.]+)\t([\d.]+)(?:\t\d+)?$", out, re.M):
        found[m.group(1) + ": p50 (ms)"] = float(m.group(2))
        if m.group(1).startswith("address history"):
            found[m.group(1) + ": p95 (ms)"] = float(m.group(3))
    return found


# Numbers recorded in docs/benchmarks.md before issue 20 (2026-11-22), used as BASE when a
# benchmark's class does not exist in the BASE checkout.
DOCS = {
    "vault open, scrypt n=2^17, 20 accounts (ms)": 899,
    "keystore v3 decrypt, scrypt n=2^18 (ms)": 1731,
    "keystore v3 decrypt, pbkdf2 (ms)": 319,
    "sign type-2 transaction (µs/op)": 430,
    "decode + recover raw tx (µs/op)": 111,
    "EIP-712 hash (Mail) (µs/op)": 528,
    "EIP-681 URI parse (µs/op)": 1.9,
    "unlock, click to accounts shown, median of the cycles (ms)": 461,
    "longest FX-thread wait over the cycles (ms)": 112,
    "FX stalls > 50 ms, all cycles (count)": 4,
    "first address page (cold JVM): data shown (ms)": 281,
    "hot address page, first 200 rows of history: data shown (ms)": 407,
    "Load more x24 while scrolling: whole time (s)": 9.1,
    "Load more x24 while scrolling: longest FX wait (ms)": 152,
    "blocks list (newest 100): data shown (ms)": 74,
    "block page (200 transactions): data shown (ms)": 157,
    "fund-flow graph of the hot account: data shown (ms)": 480,
    "charts (daily aggregates over the whole index): data shown (ms)": 791,
    "whole run: FX stalls > 50 ms (count)": 14,
    "whole run: longest FX wait (ms)": 268,
    "whole run: p99 FX wait (ms)": 57,
}


class Bench:
    def __init__(self, key, title, module, cls, args, parse, display=False, needs_db=False, marker=None):
        self.key, self.title, self.module, self.cls = key, title, module, cls
        self.args, self.parse, self.display, self.needs_db = args, parse, display, needs_db
        self.marker = marker or cls  # the class whose presence says the benchmark exists

    def command(self, checkout, ctx):
        cp = checkout.classpath(self.module)
        if self.cls == HELPER_CLASS:
            cp = str(checkout.helper_classes) + ":" + cp
        elif self.key == "explorer-ui" and checkout.ui_bench_classes is not None:
            cp = str(checkout.ui_bench_classes) + ":" + cp
        jvm = ["java"] + SIDE_JAVA_OPTS.get(checkout.side, [])
        jvm += ["-Dabacus.root=" + str(checkout.root), "-cp", cp, self.cls]
        return jvm + [a.format(db=ctx["db"], work=ctx["work"].get(checkout.side), txs=TXS) for a in self.args]


BENCHES = [
    Bench("vault", "Vault unlock (VaultUnlockBench 5)", "wallet-core",
          "io.abacus.wallet.vault.VaultUnlockBench", ["5"], parse_vault),
    Bench("signing", "Wallet core (WalletCoreBench)", "wallet-core",
          "io.abacus.wallet.bench.WalletCoreBench", [], parse_wallet_core),
    Bench("unlock-window", "Unlocking in the window (UnlockStallBench 5)", "app",
          "io.abacus.app.wallet.UnlockStallBench", ["5"], parse_unlock_window, display=True),
    Bench("explorer-ui", "Explorer UI responsiveness (ExplorerUiBenchmark)", "app",
          "io.abacus.app.explorer.ExplorerUiBenchmark", ["{db}"], parse_explorer_ui, display=True,
          needs_db=True),
    Bench("queries", "Query latency (tools/bench/NothingSlowerQueries)", "explorer", HELPER_CLASS,
          ["query", "{work}", "{txs}"], parse_queries, needs_db=True,
          marker="io.abacus.explorer.bench.SyntheticIndex"),
]


class Xvfb:
    """A virtual display of our own for the window benchmarks; stopped at the end (by its pid)."""

    def __init__(self):
        self.proc = None
        self.display = None

    def start(self):
        for n in range(140, 200):
            if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
                self.proc = subprocess.Popen(
                    ["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                )
                self.display = f":{n}"
                for _ in range(100):
                    if Path(f"/tmp/.X11-unix/X{n}").exists():
                        return self.display
                    if self.proc.poll() is not None:
                        break
                    time.sleep(0.1)
                self.stop()
        die("cannot start Xvfb for the window benchmarks")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


def compile_helper(checkout):
    out_dir = CACHE / f"helper-{checkout.side}"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    log = CACHE / f"helper-{checkout.side}.log"
    with open(log, "w") as out:
        rc = subprocess.call(
            ["javac", "-nowarn", "-d", str(out_dir), "-cp", checkout.classpath("explorer"), str(HELPER)],
            stdout=out, stderr=subprocess.STDOUT,
        )
    if rc != 0:
        return None
    checkout.helper_classes = out_dir
    return out_dir


def compile_ui_bench(checkout, head):
    """HEAD's ExplorerUiBenchmark compiled against CHECKOUT's classes (None if it does not compile)."""
    out_dir = CACHE / f"uibench-{checkout.side}"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    log = CACHE / f"uibench-{checkout.side}.log"
    with open(log, "w") as out:
        rc = subprocess.call(
            ["javac", "-nowarn", "-d", str(out_dir), "-cp", checkout.classpath("app"), str(head.root / UI_BENCH)],
            stdout=out, stderr=subprocess.STDOUT,
        )
    if rc != 0:
        return None
    checkout.ui_bench_classes = out_dir
    return out_dir


def synthetic_db(head):
    """The explorer's synthetic index of TXS transactions, filled once by HEAD and kept in CACHE."""
    folder = CACHE / f"synthetic-{TXS}"
    db = folder / "synthetic.db"
    if db.is_file():
        return db
    tmp = CACHE / f"synthetic-{TXS}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    print(f"  filling the synthetic index of {TXS:,} transactions once (kept in {folder}) ...", flush=True)
    t = time.time()
    log = CACHE / "fill.log"
    with open(log, "w") as out:
        rc = subprocess.call(
            ["java", "-cp", str(head.helper_classes) + ":" + head.classpath("explorer"), HELPER_CLASS,
             "fill", str(tmp / "synthetic.db"), str(TXS)],
            stdout=out, stderr=subprocess.STDOUT,
        )
    if rc != 0:
        die(f"filling the synthetic index failed (see {log})")
    tmp.rename(folder)
    print(f"  filled in {time.time() - t:.0f} s", flush=True)
    return db


def run_one(bench, checkout, ctx, rnd):
    log = CACHE / "logs" / f"{rnd}-{bench.key}-{checkout.side}.log"
    env = dict(os.environ)
    if bench.display:
        env["DISPLAY"] = ctx["display"]
    cwd = checkout.root / bench.module if bench.module == "wallet-core" else checkout.root
    (checkout.root / "target").mkdir(exist_ok=True)  # ExplorerUiBenchmark writes target/explorer-ui-bench.md
    t = time.time()
    try:
        proc = subprocess.run(bench.command(checkout, ctx), cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=TIMEOUT)
        out, rc = proc.stdout + proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as e:
        out, rc = (e.stdout or b"").decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or ""), "timeout"
    log.write_text(out)
    found = bench.parse(out)
    status = "ok" if rc == 0 and found else f"FAILED (exit {rc}, {log})"
    print(f"  round {rnd} {bench.key:<14} {checkout.side:<4} {time.time() - t:6.1f} s  {status}", flush=True)
    return found if rc == 0 else {}


def fmt(v):
    if v is None:
        return "-"
    if v >= 100:
        return f"{v:,.0f}"
    if v >= 10:
        return f"{v:.1f}"
    return f"{v:.2f}"


def spread(values):
    if len(values) < 2 or statistics.median(values) == 0:
        return 0.0
    return (max(values) - min(values)) / statistics.median(values)


# Absolute differences below these are noise whatever the ratio: a stall more or less, a tenth of
# a millisecond (a search answering in 0.03 or 0.08 ms).
SLACK = {"count": 1.0, "ms": 0.1}


def verdict(metric, base, head, base_values, head_values):
    """slower/faster when the medians differ by more than max(threshold, either side's spread)."""
    band = max(THRESHOLD, spread(base_values), spread(head_values))
    slack = SLACK.get(metric[metric.rfind("(") + 1:].split(",")[0].rstrip(")"), 0.0)
    if head > base * (1 + band) + slack:
        return "slower", band
    if head * (1 + band) + slack < base:
        return "faster", band
    return "same", band


def main(argv):
    if len(argv) not in (2, 3):
        die(USAGE)
    rounds = argv[2] if len(argv) == 3 else "3"
    if not rounds.isdigit() or int(rounds) < 1:
        die(USAGE)
    rounds = int(rounds)
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / "logs").mkdir(exist_ok=True)
    base, head = Checkout("base", argv[0]), Checkout("head", argv[1])
    sides = [base, head]
    benches = [b for b in BENCHES if not ONLY or b.key in ONLY.split(",")]
    started = time.time()
    print(f"nothing-slower: base {base.root}, head {head.root}, {rounds} round(s), cache {CACHE}", flush=True)
    present = {}
    from_logs_only = bool(os.environ.get("NOTHING_SLOWER_FROM_LOGS"))
    for b in benches:
        for c in sides:
            present[(b.key, c.side)] = c.has_class(b.module, b.marker)
            if not from_logs_only and b.key == "explorer-ui" and present[(b.key, c.side)]:
                if compile_ui_bench(c, head) is None:
                    print(f"  {c.side}: head's ExplorerUiBenchmark does not compile there, its own runs"
                          f" (see {CACHE}/uibench-{c.side}.log)")
            if from_logs_only or b.cls != HELPER_CLASS or not present[(b.key, c.side)]:
                continue
            if compile_helper(c) is None:
                print(f"  {c.side}: NothingSlowerQueries does not compile there (see {CACHE}/helper-{c.side}.log)")
                present[(b.key, c.side)] = False
        if not present[(b.key, "head")]:
            die(f"head {head.root} has no {b.marker}")
    if from_logs_only:
        results = from_logs(benches)
    else:
        results = measure(benches, sides, present, rounds)
    print_table(benches, results, present, rounds, time.time() - started)


def measure(benches, sides, present, rounds):
    """Runs every benchmark on both sides, alternated, ROUNDS times: (bench, side) -> [{metric: value}]."""
    base, head = sides
    ctx = {"db": None, "work": {}, "display": None}
    results = {}
    xvfb = Xvfb()
    try:
        if any(b.needs_db for b in benches):
            if head.helper_classes is None and compile_helper(head) is None:
                die(f"NothingSlowerQueries does not compile at head (see {CACHE}/helper-head.log)")
            ctx["db"] = str(synthetic_db(head))
            for c in sides:  # each side queries a copy of its own (opening may migrate or write)
                work = CACHE / f"work-{c.side}.db"
                shutil.copyfile(ctx["db"], work)
                ctx["work"][c.side] = str(work)
        if any(b.display for b in benches):
            ctx["display"] = xvfb.start()
        for c in sides:  # class paths before the clock starts
            for b in benches:
                c.classpath(b.module)
        for old in (CACHE / "logs").glob("*.log"):
            old.unlink()
        try:
            for rnd in range(1, rounds + 1):
                for b in benches:
                    for c in sides:  # alternated: base, head, base, head ...
                        if present[(b.key, c.side)]:
                            found = run_one(b, c, ctx, rnd)
                            results.setdefault((b.key, c.side), []).append(found)
        except KeyboardInterrupt:
            print("  interrupted: the table holds the runs finished so far", flush=True)
    finally:
        xvfb.stop()
    return results


def from_logs(benches):
    """The table of an earlier run, from its logs (NOTHING_SLOWER_FROM_LOGS=1)."""
    results = {}
    for b in benches:
        for side in ("base", "head"):
            logs = sorted((CACHE / "logs").glob(f"*-{b.key}-{side}.log"),
                          key=lambda p: int(p.name.split("-")[0]))
            for log in logs:
                results.setdefault((b.key, side), []).append(b.parse(log.read_text()))
    return results


def print_table(benches, results, present, rounds, seconds):
    load = os.getloadavg()
    print()
    print(f"{rounds} round(s) alternated base/head, {seconds / 60:.1f} min, load average at the end "
          f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; medians over the rounds; ratio = head / base "
          f"(lower is better everywhere: times, µs per operation, stall counts); verdict: slower or "
          f"faster when the medians differ by more than max({THRESHOLD:.0%}, the rounds' spread "
          f"(max-min)/median of either side), with {SLACK['ms']} ms and {SLACK['count']:.0f} stall of "
          f"absolute slack")
    print()
    print("| benchmark | base median | head median | ratio | verdict |")
    print("| --- | ---: | ---: | ---: | --- |")
    slower = 0
    for b in benches:
        head_runs = [r for r in results.get((b.key, "head"), []) if r]
        base_runs = [r for r in results.get((b.key, "base"), []) if r]
        from_docs = not present[(b.key, "base")]
        metrics = []
        for r in head_runs + base_runs:
            metrics += [m for m in r if m not in metrics]
        if not metrics:
            print(f"| {b.title}: no run succeeded | | | | see {CACHE}/logs |")
            continue
        for m in metrics:
            hv = [r[m] for r in head_runs if m in r]
            bv = [r[m] for r in base_runs if m in r]
            note = ""
            if from_docs:
                bv = [DOCS[m]] if m in DOCS else []
                note = " (class not at BASE: base = docs/benchmarks.md)"
            label = f"{b.key}: {m}"
            if not hv or not bv:
                print(f"| {label}{note} | {fmt(statistics.median(bv)) if bv else 'n/a'} | "
                      f"{fmt(statistics.median(hv)) if hv else 'n/a'} | | no comparison |")
                continue
            bm, hm = statistics.median(bv), statistics.median(hv)
            ratio = (f"{hm / bm:.2f}x" if hm / bm >= 0.1 else f"{hm / bm:.3f}x") if bm > 0 else "-"
            word, band = verdict(m, bm, hm, bv, hv)
            slower += word == "slower"
            base_cell = fmt(bm) + (" (docs)" if from_docs else "")
            print(f"| {label}{note} | {base_cell} | {fmt(hm)} | {ratio} | {word} (band {band:.0%}) |")
    print()
    print(f"{slower} row(s) slower. Logs of every run: {CACHE}/logs")


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        main(sys.argv[1:])
    except KeyboardInterrupt:
        sys.exit(130)
