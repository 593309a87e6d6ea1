package io.abacus.explorer.reorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.ingest.IndexChild;
import io.abacus.explorer.ingest.Indexer;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.explorer.ingest.ProgressListener;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.ChildJvm;
import io.abacus.testkit.EmbeddedPg;
import io.abacus.testkit.WithAnvil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reorgs, readers during indexing, kill -9 and resume, and block-range partitions on a PostgreSQL
 * index.
 */
@WithAnvil
class PostgresIndexAnvilTest {
  static EmbeddedPg pg;

  @BeforeAll
  static void start() {
    pg = EmbeddedPg.shared();
  }

  @AfterAll
  static void stop() {
    pg.close();
  }

  @Test
  void aRevertedChainIsRolledBackLikeOnSqlite(Anvil anvil, @TempDir Path dir) throws Exception {
    TestChain chain = new TestChain(anvil);
    chain.ethTraffic(4, 3);
    long fork = anvil.blockNumber();
    String snapshot = anvil.snapshot();
    chain.ethTraffic(5, 3);
    ExplorerDatabase db = Fixtures.openPg(pg, "reorged");
    Fixtures.index(anvil, db, IndexerConfig.defaults().withBatchSize(3));
    String oldTip = ReorgAnvilTest.hashAt(anvil, fork + 1);

    anvil.revert(snapshot);
    chain.ethTraffic(7, 2);
    List<Reorg> seen = new CopyOnWriteArrayList<>();
    try (Indexer indexer =
        new Indexer(
            Fixtures.reader(anvil.rpcUrl(), 3),
            db,
            IndexerConfig.defaults(),
            new ProgressListener() {
              @Override
              public void onProgress(io.abacus.explorer.ingest.Progress p) {}

              @Override
              public void onReorg(Reorg r) {
                seen.add(r);
              }
            })) {
      indexer.index(OptionalLong.empty(), OptionalLong.empty(), () -> false);
    }

    ReorgAnvilTest.assertMatchesNode(anvil, db);
    assertThat(seen).singleElement().satisfies(r -> assertThat(r.depth()).isEqualTo(5));
    try (ExplorerQueries q = new ExplorerQueries(db, 0)) {
      assertThat(q.reorgs())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.height()).isEqualTo(fork + 1);
                assertThat(r.oldHash()).isEqualTo(oldTip);
              });
    }
    ExplorerDatabase fresh = Fixtures.openPg(pg, "fresh");
    Fixtures.index(anvil, fresh, IndexerConfig.defaults());
    ExplorerDatabase file = ExplorerDatabase.open(dir.resolve("same.db"));
    Fixtures.index(anvil, file, IndexerConfig.defaults());
    assertThat(Fixtures.dump(db)).isEqualTo(Fixtures.dump(fresh)).isEqualTo(Fixtures.dump(file));
  }

  @Test
  void aReaderNeverSeesABlockWithoutItsTransactions(Anvil anvil) throws Exception {
    new TestChain(anvil).ethTraffic(20, 3);
    ExplorerDatabase db = Fixtures.openPg(pg, "watched");
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger reads = new AtomicInteger();
    List<String> broken = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (Connection c = db.connect();
                  Statement s = c.createStatement()) {
                while (!done.get() || reads.get() < 3) {
                  long next = scalar(s, "SELECT coalesce(max(next_block), 0) FROM checkpoint");
                  long top = scalar(s, "SELECT coalesce(max(number), -1) FROM blocks");
                  long torn =
                      scalar(
                          s,
                          "SELECT count(*) FROM blocks b WHERE b.tx_count != (SELECT count(*)"
                              + " FROM transactions t WHERE t.id >= b.number << 20"
                              + " AND t.id < (b.number + 1) << 20)");
                  if (torn > 0 || top < next - 1) {
                    broken.add("torn " + torn + ", top " + top + ", checkpoint " + next);
                  }
                  reads.incrementAndGet();
                }
              } catch (Exception e) {
                broken.add(e.toString());
              }
            });
    reader.start();
    try {
      Fixtures.index(anvil, db, IndexerConfig.defaults().withBatchSize(1).withConcurrency(1));
    } finally {
      done.set(true);
      reader.join(60_000);
    }
    assertThat(broken).isEmpty();
    assertThat(reads.get()).isGreaterThanOrEqualTo(3);
    ReorgAnvilTest.assertMatchesNode(anvil, db);
  }

  @Test
  void killMinusNineMidIndexThenResumeGivesTheSameRowsAsOneRun(Anvil anvil, @TempDir Path dir)
      throws Exception {
    new TestChain(anvil).ethTraffic(90, 2);
    long head = anvil.blockNumber();
    ExplorerDatabase db = Fixtures.openPg(pg, "killed");
    Process child =
        new ProcessBuilder(
                ChildJvm.command(IndexChild.class, List.of(anvil.rpcUrl(), pg.url("killed"))))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    long stored = 0;
    try {
      for (int i = 0; i < 2400 && stored < 40; i++) {
        Thread.sleep(25);
        stored = Fixtures.count(db, "SELECT coalesce(max(next_block), 0) FROM checkpoint");
        assertThat(child.isAlive())
            .as("child ended early: %s", Files.readString(dir.resolve("child.log")))
            .isTrue();
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    long atKill = Fixtures.count(db, "SELECT next_block FROM checkpoint");
    assertThat(atKill).as("killed mid-way").isBetween(40L, head);
    assertThat(Fixtures.count(db, "SELECT count(*) FROM blocks")).isEqualTo(atKill);

    // The server ends the killed process's session, and with it the writer lock.
    for (int i = 0; i < 400; i++) {
      if (Fixtures.count(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'") == 0) {
        break;
      }
      Thread.sleep(25);
    }
    Indexer.Result resumed = Fixtures.index(anvil, db, IndexerConfig.defaults().withBatchSize(5));
    assertThat(resumed.from()).isEqualTo(atKill);
    ExplorerDatabase once = Fixtures.openPg(pg, "once");
    Fixtures.index(anvil, once, IndexerConfig.defaults());
    assertThat(Fixtures.dump(db)).isEqualTo(Fixtures.dump(once));
    assertThat(Fixtures.count(db, "SELECT count(*) FROM blocks")).isEqualTo(head + 1);
  }

  @Test
  void blocksLandInThePartitionOfTheirMillion() throws Exception {
    ExplorerDatabase db = Fixtures.openPg(pg, "partitions");
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("SELECT abacus_ensure_partitions(999999, 1000000)");
      s.execute("SELECT abacus_ensure_partitions(999999, 1000000)");
      for (long n : new long[] {999_999, 1_000_000}) {
        s.execute(
            "INSERT INTO blocks VALUES (" + n + ", '\\x01', '\\x02', 0, NULL, 0, 0, NULL, 1)");
        s.execute("INSERT INTO appearances VALUES ('\\x0a', " + ((n << 20) | 3) + ", 1)");
      }
      assertThat(scalar(s, "SELECT number FROM blocks_p0")).isEqualTo(999_999);
      assertThat(scalar(s, "SELECT number FROM blocks_p1")).isEqualTo(1_000_000);
      assertThat(scalar(s, "SELECT tx_id >> 20 FROM appearances_p1")).isEqualTo(1_000_000);
      assertThat(scalar(s, "SELECT count(*) FROM appearances WHERE address = '\\x0a'"))
          .isEqualTo(2);
    }
  }

  private static long scalar(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
