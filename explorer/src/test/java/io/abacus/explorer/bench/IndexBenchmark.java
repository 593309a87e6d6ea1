package io.abacus.explorer.bench;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.ingest.Indexer;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.explorer.ingest.ProgressListener;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
import io.abacus.testkit.EmbeddedPg;
import io.abacus.wallet.encoding.HexBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The explorer benchmark; not part of the default test run. Run with {@code mvn -B -pl
 * explorer/tests -am verify -Pbench} (sizes via {@code -Dbench.blocks}, {@code -Dbench.perBlock},
 * {@code -Dbench.synthetic}, {@code -Dbench.postgresSynthetic} for the same synthetic index on an
 * embedded PostgreSQL, default 0: off; {@code -Dbench.traces=true} indexes with traces; {@code
 * -Dbench.keep=true} keeps the databases; {@code -Dbench.inJvm=false} skips the warm in-JVM index;
 * {@code -Dbench.rounds} alternated runs of the raw ceiling and the whole {@code abacus index}
 * process, default 3, which needs the app built: run {@code ./abacus} once; {@code
 * -Dbench.pgDataDir=DIR} keeps that PostgreSQL's data folder and, when it holds the index, times
 * the queries without filling again; {@code -Dbench.postgres=false} skips SQLite and PostgreSQL
 * side by side, {@code -Dbench.storeRounds} its alternated rounds, default 3). Prints a Markdown
 * report and writes it to {@code explorer/target/bench-report.md}.
 */
@Tag("bench")
class IndexBenchmark {
  private final StringBuilder report = new StringBuilder();

  @Test
  void run() throws Exception {
    int blocks = Integer.getInteger("bench.blocks", 2000);
    int perBlock = Integer.getInteger("bench.perBlock", 25);
    long synthetic = Long.getLong("bench.synthetic", 10_000_000L);
    long postgresSynthetic = Long.getLong("bench.postgresSynthetic", 0L);
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
      if (postgresSynthetic > 0) {
        postgresQueryBench(postgresSynthetic);
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
      if (Boolean.parseBoolean(System.getProperty("bench.postgres", "true"))) {
        postgresBench(anvil, config, head, root, dir);
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
    }
  }

  /**
   * With {@code -Dbench.dumpState=FILE}: writes the built chain there (anvil_dumpState: gzipped
   * JSON) to measure by hand against {@code anvil --load-state} of it, gunzipped.
   */
  private static void dumpState(Anvil anvil) throws java.io.IOException {
    String file = System.getProperty("bench.dumpState");
    if (file != null) {
      // Read without the client's 20 MB limit on one JSON string: 2,000 x 25 blocks dump to more.
      var request =
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(anvil.rpcUrl()))
              .header("Content-Type", "application/json")
              .POST(
                  java.net.http.HttpRequest.BodyPublishers.ofString(
                      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"anvil_dumpState\",\"params\":[]}"))
              .build();
      var http = java.net.http.HttpClient.newHttpClient();
      try (var in =
              http.send(request, java.net.http.HttpResponse.BodyHandlers.ofInputStream()).body();
          var parser =
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .streamReadConstraints(
                      com.fasterxml.jackson.core.StreamReadConstraints.builder()
                          .maxStringLength(Integer.MAX_VALUE)
                          .build())
                  .build()
                  .createParser(in)) {
        while (parser.nextToken() != null) {
          if ("result".equals(parser.currentName())
              && parser.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
            Files.write(Path.of(file), HexBytes.decode(parser.getText()));
            return;
          }
        }
        throw new IllegalStateException("anvil_dumpState gave no result");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.IOException("interrupted", e);
      }
    }
  }

  /**
   * The same chain into SQLite and into an embedded PostgreSQL on loopback, alternated with the raw
   * ceiling ({@code -Dbench.storeRounds}, default 3).
   */
  private void postgresBench(Anvil anvil, IndexerConfig config, long head, Path root, Path dir)
      throws Exception {
    int rounds = Integer.getInteger("bench.storeRounds", 3);
    StoreBench.Times t =
        new StoreBench(
                new WholeProcessBench(root, anvil.rpcUrl(), head), anvil.rpcUrl(), config, head)
            .run(rounds, dir);
    double ceiling = StoreBench.Times.median(t.ceiling());
    line(
        "### SQLite and PostgreSQL %d side by side (warm in-JVM index, PostgreSQL on loopback,"
            + " binary COPY), %d alternated rounds, %,d transactions",
        t.pgVersion(), rounds, t.transactions());
    line("| | seconds per round | median | tx/s | share of the raw ceiling |");
    line("| --- | --- | --- | --- | --- |");
    storeRow("raw ceiling (raw_fetch.py)", t.ceiling(), ceiling, t.transactions());
    storeRow("SQLite file", t.sqlite(), ceiling, t.transactions());
    storeRow("PostgreSQL", t.postgres(), ceiling, t.transactions());
    line(
        "- PostgreSQL database: %,d bytes = %.0f bytes per transaction (with the empty catalog)",
        t.pgBytes(), (double) t.pgBytes() / t.transactions());
  }

  private void storeRow(String what, double[] seconds, double ceiling, long txs) {
    double median = StoreBench.Times.median(seconds);
    StringBuilder runs = new StringBuilder();
    for (double s : seconds) {
      runs.append(runs.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", s));
    }
    line(
        "| %s | %s | %.2f s | %.0f | **%.0f%%** |",
        what, runs, median, txs / median, 100 * ceiling / median);
  }

  private void queryBench(Path dir, long txTarget) throws Exception {
    int perBlock = 200;
    long blocks = Math.max(1, txTarget / perBlock);
    int addresses = accounts(txTarget);
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
    new QueryLatency(blocks, perBlock, addresses, SyntheticIndex::txHash, SyntheticIndex::blockHash)
        .measure(db, this::line);
  }

  /** The same shape on an embedded PostgreSQL, filled by server-side SQL. */
  private void postgresQueryBench(long txTarget) throws Exception {
    int perBlock = 200;
    long blocks = Math.max(1, txTarget / perBlock);
    int addresses = accounts(txTarget);
    // -Dbench.pgDataDir=DIR keeps the server's data folder: a later run over the same folder skips
    // the fill and times the queries again (e.g. filled while the machine was busy, timed when
    // quiet)
    String keptDir = System.getProperty("bench.pgDataDir");
    try (EmbeddedPg pg =
        keptDir == null ? EmbeddedPg.start() : EmbeddedPg.start(Path.of(keptDir))) {
      if (pg.exists("synthetic")) {
        ExplorerDatabase db = Fixtures.reopenPg(pg, "synthetic");
        line(
            "## Queries on the kept PostgreSQL synthetic index in %s (%,d transactions)",
            keptDir, Fixtures.count(db, "SELECT count(*) FROM transactions"));
        new QueryLatency(
                blocks, perBlock, addresses, SyntheticPgIndex::txHash, SyntheticPgIndex::blockHash)
            .measure(db, this::line);
        return;
      }
      ExplorerDatabase db = Fixtures.openPg(pg, "synthetic");
      try (var c = db.connect();
          var s = c.createStatement()) {
        s.execute("ALTER SYSTEM SET max_wal_size = '8GB'");
        s.execute("SELECT pg_reload_conf()");
      }
      line(
          "## Queries on PostgreSQL %s: synthetic index of %,d transactions (%,d blocks, %,d accounts, same shape)",
          Fixtures.count(db, "SELECT current_setting('server_version_num')::int / 10000"),
          blocks * perBlock,
          blocks,
          addresses);
      long t0 = System.nanoTime();
      long txs = new SyntheticPgIndex(addresses, perBlock).fill(db, blocks, s -> line("  - %s", s));
      double fillSeconds = seconds(t0);
      long bytes = Fixtures.count(db, "SELECT pg_database_size(current_database())");
      line(
          "- filled by server-side SQL in %.0f s (%.0f tx/s); pg_database_size %,d bytes (%.0f bytes/tx)",
          fillSeconds, txs / fillSeconds, bytes, (double) bytes / txs);
      line(
          "- rows: appearances %,d, token transfers %,d, address_counts %,d; busiest account %,d transactions",
          Fixtures.count(db, "SELECT count(*) FROM appearances"),
          Fixtures.count(db, "SELECT count(*) FROM token_transfers"),
          Fixtures.count(db, "SELECT count(*) FROM address_counts"),
          Fixtures.count(db, "SELECT max(tx_count) FROM address_counts"));
      new QueryLatency(
              blocks, perBlock, addresses, SyntheticPgIndex::txHash, SyntheticPgIndex::blockHash)
          .measure(db, this::line);
    }
  }

  private static int accounts(long txTarget) {
    return (int) Math.max(1000, Math.min(1_000_000, txTarget / 10));
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
