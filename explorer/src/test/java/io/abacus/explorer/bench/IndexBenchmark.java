package io.abacus.explorer.bench;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.ingest.Indexer;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.explorer.ingest.ProgressListener;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
import io.abacus.testkit.EmbeddedPg;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The explorer benchmark; not part of the default test run. Run with {@code mvn -B -pl explorer -am
 * verify -Pbench} (sizes via {@code -Dbench.blocks}, {@code -Dbench.perBlock}, {@code
 * -Dbench.synthetic}; {@code -Dbench.traces=true} indexes with traces; {@code -Dbench.keep=true}
 * keeps the databases; {@code -Dbench.inJvm=false} skips the warm in-JVM index; {@code
 * -Dbench.rounds} alternated runs of the raw ceiling and the whole {@code abacus index} process,
 * default 3, which needs the app built: run {@code ./abacus} once). Prints a Markdown report and
 * writes it to {@code explorer/target/bench-report.md}.
 */
@Tag("bench")
class IndexBenchmark {
  private final StringBuilder report = new StringBuilder();

  @Test
  void run() throws Exception {
    int blocks = Integer.getInteger("bench.blocks", 2000);
    int perBlock = Integer.getInteger("bench.perBlock", 25);
    long synthetic = Long.getLong("bench.synthetic", 10_000_000L);
    Path dir = Files.createTempDirectory("abacus-bench");
    line(
        "# Explorer benchmark, %s, %d cores, Java %s",
        java.time.Instant.now(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    try {
      if (blocks > 0) {
        indexBench(dir, blocks, perBlock);
      }
      if (synthetic > 0) {
        queryBench(dir, synthetic);
      }
    } finally {
      if (!Boolean.getBoolean("bench.keep")) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    Files.writeString(Path.of("target", "bench-report.md"), report);
    System.out.println(report);
  }

  private void indexBench(Path dir, int blocks, int perBlock) throws Exception {
    try (Anvil anvil =
        Anvil.start(
            new AnvilOptions(
                31337, true, List.of("--gas-limit", "100000000", "--order", "fifo")))) {
      long t0 = System.nanoTime();
      long txs = new ChainBuilder(anvil, 1200).build(blocks, perBlock);
      long head = anvil.blockNumber();
      dumpState(anvil);
      line(
          "## Index: anvil chain of %d blocks, %d transactions (%d per block; 40%% ETH, 40%% ERC-20 transfer, 20%% approve; 1,200 recipients)",
          head + 1, txs, perBlock);
      line("- chain built in %.1f s", seconds(t0));
      IndexerConfig config =
          IndexerConfig.defaults().withTraces(Boolean.getBoolean("bench.traces"));
      line("- internal transfers from traces: %s", config.traces() ? "on" : "off");
      long stored = 0;
      Path root = Path.of("..").toAbsolutePath().normalize();
      int rounds = Integer.getInteger("bench.rounds", 3);
      WholeProcessBench.Times whole = null;
      if (rounds > 0 && !config.traces() && WholeProcessBench.available(root)) {
        whole = new WholeProcessBench(root, anvil.rpcUrl(), head).run(rounds, dir);
        stored =
            Fixtures.count(
                ExplorerDatabase.open(dir.resolve("process-0.db")),
                "SELECT count(*) FROM transactions");
        line(
            "- raw ceiling (tools/bench/raw_fetch.py: batches of 25, 2 workers, bytes discarded), %d runs: %s s",
            rounds, Arrays.toString(whole.ceiling()));
        line(
            "- whole `abacus index` process (JVM start included), alternated with it: %s s",
            Arrays.toString(whole.process()));
        line(
            "- median ceiling %.2f s = **%.0f tx/s**; median whole process %.2f s = **%.0f tx/s**",
            whole.medianCeiling(),
            stored / whole.medianCeiling(),
            whole.medianProcess(),
            stored / whole.medianProcess());
        line(
            "- whole process = **%.0f%%** of the raw ceiling (medians; best against best %.0f%%)",
            100 * whole.medianCeiling() / whole.medianProcess(),
            100 * whole.bestCeiling() / whole.bestProcess());
      } else if (rounds > 0) {
        line("- whole-process comparison skipped (traces on, or no built app: run ./abacus once)");
      }
      if (!Boolean.parseBoolean(System.getProperty("bench.inJvm", "true"))) {
        return;
      }
      ExplorerDatabase warm = ExplorerDatabase.open(dir.resolve("warm.db"));
      try (Indexer indexer =
          new Indexer(
              Fixtures.reader(anvil.rpcUrl(), config.batchSize()),
              warm,
              config,
              ProgressListener.none())) {
        indexer.index(OptionalLong.empty(), OptionalLong.of(Math.min(head, 200)), () -> false);
      }
      ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
      long t1 = System.nanoTime();
      Indexer.Result result;
      try (Indexer indexer =
          new Indexer(
              Fixtures.reader(anvil.rpcUrl(), config.batchSize()),
              db,
              config,
              ProgressListener.none())) {
        result = indexer.index(OptionalLong.empty(), OptionalLong.empty(), () -> false);
      }
      double indexSeconds = seconds(t1);
      double rawSeconds = new WholeProcessBench(root, anvil.rpcUrl(), head).ceiling();
      db.checkpointWal();
      long bytes = Files.size(db.file());
      stored = Fixtures.count(db, "SELECT count(*) FROM transactions");
      line(
          "- in this JVM (warm, after 200 blocks): batch %d blocks, concurrency %d, %d blocks per commit",
          config.batchSize(), config.concurrency(), config.blocksPerCommit());
      line(
          "- in-JVM index (fetch + parse + SQLite): %.2f s = %.0f blocks/s, %.0f tx/s; raw ceiling right after: %.2f s (%.0f tx/s), share **%.0f%%**",
          indexSeconds,
          result.blocks() / indexSeconds,
          result.transactions() / indexSeconds,
          rawSeconds,
          stored / rawSeconds,
          100 * rawSeconds / indexSeconds);
      line(
          "- database: %,d bytes for %,d transactions = **%.0f bytes per transaction** (all tables and indexes)",
          bytes, stored, (double) bytes / stored);
      if (Boolean.parseBoolean(System.getProperty("bench.postgres", "true"))) {
        postgresBench(anvil, config, rawSeconds);
      }
    }
  }

  /** The same chain into an embedded PostgreSQL on loopback, beside the SQLite run. */
  /**
   * With {@code -Dbench.dumpState=FILE}: writes the built chain there (anvil_dumpState: gzipped
   * JSON) to measure by hand against {@code anvil --load-state} of it, gunzipped.
   */
  private static void dumpState(Anvil anvil) throws java.io.IOException {
    String file = System.getProperty("bench.dumpState");
    if (file != null) {
      String hex = anvil.call("anvil_dumpState").asText();
      Files.write(Path.of(file), HexBytes.decode(hex));
    }
  }

  private void postgresBench(Anvil anvil, IndexerConfig config, double rawSeconds)
      throws Exception {
    try (EmbeddedPg pg = EmbeddedPg.start()) {
      ExplorerDatabase db = Fixtures.openPg(pg, "bench");
      long t = System.nanoTime();
      Indexer.Result result;
      try (Indexer indexer =
          new Indexer(
              Fixtures.reader(anvil.rpcUrl(), config.batchSize()),
              db,
              config,
              ProgressListener.none())) {
        result = indexer.index(OptionalLong.empty(), OptionalLong.empty(), () -> false);
      }
      double s = seconds(t);
      long bytes = Fixtures.count(db, "SELECT pg_database_size(current_database())");
      line(
          "- full index (fetch + parse + PostgreSQL %s, loopback): %.2f s = %.0f blocks/s, %.0f tx/s"
              + " = **%.0f%%** of the raw ceiling",
          Fixtures.count(db, "SELECT current_setting('server_version_num')::int / 10000"),
          s,
          result.blocks() / s,
          result.transactions() / s,
          100 * rawSeconds / s);
      line(
          "- PostgreSQL database: %,d bytes = %.0f bytes per transaction (with the empty catalog)",
          bytes, (double) bytes / result.transactions());
    }
  }

  private void queryBench(Path dir, long txTarget) throws Exception {
    int perBlock = 200;
    long blocks = Math.max(1, txTarget / perBlock);
    int addresses = (int) Math.max(1000, Math.min(1_000_000, txTarget / 10));
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("synthetic.db"));
    long t0 = System.nanoTime();
    long txs = new SyntheticIndex(addresses, perBlock).fill(db, blocks);
    double fillSeconds = seconds(t0);
    db.checkpointWal();
    line(
        "## Queries: synthetic index of %,d transactions (%,d blocks, %,d accounts, 10 hot accounts in ~2%% of all transactions each)",
        txs, blocks, addresses);
    line(
        "- filled through the indexer's writer in %.0f s (%.0f tx/s); file %,d bytes (%.0f bytes/tx)",
        fillSeconds,
        txs / fillSeconds,
        Files.size(db.file()),
        (double) Files.size(db.file()) / txs);
    SplittableRandom random = new SplittableRandom(99);
    try (AddressQueries history = new AddressQueries(db);
        ExplorerQueries q = new ExplorerQueries(db, 12)) {
      latency(
          "address history, first page of 25, random account",
          2000,
          () ->
              history.history(
                  Address.of(SyntheticIndex.address(random.nextInt(addresses))),
                  HistoryFilter.none(),
                  25,
                  null));
      latency(
          "address history, first page of 25, hot account",
          500,
          () ->
              history.history(
                  Address.of(SyntheticIndex.address(random.nextInt(SyntheticIndex.HOT))),
                  HistoryFilter.none(),
                  25,
                  null));
      latency(
          "address history, page 2 of 25 via cursor, hot account",
          500,
          () -> {
            Address a = Address.of(SyntheticIndex.address(random.nextInt(SyntheticIndex.HOT)));
            return history.history(
                a,
                HistoryFilter.none(),
                25,
                history.history(a, HistoryFilter.none(), 25, null).next());
          });
      latency(
          "search: transaction hash",
          2000,
          () ->
              q.search(
                  HexBytes.toHex(
                      SyntheticIndex.txHash(random.nextLong(blocks), random.nextInt(perBlock)))));
      latency(
          "search: block hash",
          2000,
          () -> q.search(HexBytes.toHex(SyntheticIndex.blockHash(random.nextLong(blocks)))));
      latency("search: block number", 2000, () -> q.search(Long.toString(random.nextLong(blocks))));
      latency(
          "search: address",
          2000,
          () -> q.search(Address.of(SyntheticIndex.address(random.nextInt(addresses))).toString()));
    }
  }

  private void latency(String what, int n, Supplier<Object> query) {
    for (int i = 0; i < Math.min(200, n); i++) {
      query.get();
    }
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      Object result = query.get();
      nanos[i] = System.nanoTime() - t;
      if (result == null) {
        throw new AssertionError("no result");
      }
    }
    Arrays.sort(nanos);
    line(
        "- %s: p50 **%.2f ms**, p95 **%.2f ms**, max %.2f ms (%d queries)",
        what, nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6, nanos[n - 1] / 1e6, n);
  }

  private void line(String format, Object... args) {
    String s = String.format(Locale.ROOT, format, args);
    report.append(s).append('\n');
    System.out.println(s);
    System.out.flush();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
