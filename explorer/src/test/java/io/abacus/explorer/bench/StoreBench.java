package io.abacus.explorer.bench;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.ingest.Indexer;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.explorer.ingest.ProgressListener;
import io.abacus.testkit.EmbeddedPg;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * SQLite and PostgreSQL side by side against the honest ceiling (issue 18): {@code rounds} times,
 * alternated, the raw fetch of {@code tools/bench/raw_fetch.py}, a warm in-JVM index into a fresh
 * SQLite file and one into a fresh database of an embedded PostgreSQL on loopback. Each store is
 * warmed up first with the first 200 blocks.
 */
final class StoreBench {
  private final WholeProcessBench raw;
  private final String rpcUrl;
  private final IndexerConfig config;
  private final long head;

  StoreBench(WholeProcessBench raw, String rpcUrl, IndexerConfig config, long head) {
    this.raw = raw;
    this.rpcUrl = rpcUrl;
    this.config = config;
    this.head = head;
  }

  /** Seconds per round of each kind, the transactions indexed, PostgreSQL's version and size. */
  record Times(
      double[] ceiling,
      double[] sqlite,
      double[] postgres,
      long transactions,
      long pgVersion,
      long pgBytes) {
    static double median(double[] values) {
      double[] v = values.clone();
      Arrays.sort(v);
      return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
  }

  Times run(int rounds, Path dir) throws Exception {
    double[] ceiling = new double[rounds];
    double[] sqlite = new double[rounds];
    double[] postgres = new double[rounds];
    long txs = 0;
    try (EmbeddedPg pg = EmbeddedPg.start()) {
      index(ExplorerDatabase.open(dir.resolve("side-warm.db")), OptionalLong.of(200));
      index(Fixtures.openPg(pg, "side_warm"), OptionalLong.of(200));
      for (int i = 0; i < rounds; i++) {
        ceiling[i] = raw.ceiling();
        ExplorerDatabase file = ExplorerDatabase.open(dir.resolve("side-" + i + ".db"));
        long t = System.nanoTime();
        txs = index(file, OptionalLong.empty()).transactions();
        sqlite[i] = seconds(t);
        ExplorerDatabase server = Fixtures.openPg(pg, "side_" + i);
        t = System.nanoTime();
        long pgTxs = index(server, OptionalLong.empty()).transactions();
        postgres[i] = seconds(t);
        if (pgTxs != txs) {
          throw new IllegalStateException("SQLite indexed " + txs + " transactions, PG " + pgTxs);
        }
      }
      ExplorerDatabase first = Fixtures.reopenPg(pg, "side_0");
      long version =
          Fixtures.count(first, "SELECT current_setting('server_version_num')::int / 10000");
      long bytes = Fixtures.count(first, "SELECT pg_database_size(current_database())");
      return new Times(ceiling, sqlite, postgres, txs, version, bytes);
    }
  }

  private Indexer.Result index(ExplorerDatabase db, OptionalLong to) {
    try (Indexer indexer =
        new Indexer(
            Fixtures.reader(rpcUrl, config.batchSize()), db, config, ProgressListener.none())) {
      return indexer.index(
          OptionalLong.empty(), to.isPresent() ? to : OptionalLong.of(head), () -> false);
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
