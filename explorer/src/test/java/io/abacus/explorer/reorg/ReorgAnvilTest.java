package io.abacus.explorer.reorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.ingest.Indexer;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.explorer.ingest.ProgressListener;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.encoding.HexBytes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithAnvil
class ReorgAnvilTest {

  @Test
  void aRevertedChainIsRolledBackReindexedAndRecorded(Anvil anvil, @TempDir Path dir)
      throws Exception {
    TestChain chain = new TestChain(anvil);
    chain.ethTraffic(5, 4);
    long fork = anvil.blockNumber();
    String snapshot = anvil.snapshot();
    chain.ethTraffic(5, 4);
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    Fixtures.index(anvil, db, IndexerConfig.defaults().withBatchSize(3));
    String oldTip = hashAt(anvil, fork + 1);

    anvil.revert(snapshot);
    chain.ethTraffic(7, 2);
    List<Reorg> seen = new CopyOnWriteArrayList<>();
    try (Indexer indexer =
        new Indexer(
            Fixtures.reader(anvil.rpcUrl(), 3), db, IndexerConfig.defaults(), listener(seen))) {
      indexer.index(OptionalLong.empty(), OptionalLong.empty(), () -> false);
    }

    assertMatchesNode(anvil, db);
    assertThat(seen)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.height()).isEqualTo(fork + 1);
              assertThat(r.depth()).isEqualTo(5);
              assertThat(r.oldHash()).isEqualTo(oldTip);
              assertThat(r.newHash()).isEqualTo(hashAt(anvil, fork + 1));
            });
    try (ExplorerQueries q = new ExplorerQueries(db, 0)) {
      assertThat(q.reorgs())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.height()).isEqualTo(fork + 1);
                assertThat(r.depth()).isEqualTo(5);
                assertThat(r.oldHash()).isEqualTo(oldTip);
              });
    }
    ExplorerDatabase fresh = ExplorerDatabase.open(dir.resolve("fresh.db"));
    Fixtures.index(anvil, fresh, IndexerConfig.defaults());
    assertThat(Fixtures.dump(db)).isEqualTo(Fixtures.dump(fresh));
  }

  @Test
  void aReorgToAShorterChainCountsConfirmationsFromTheNewHead(Anvil anvil, @TempDir Path dir)
      throws Exception {
    TestChain chain = new TestChain(anvil);
    chain.ethTraffic(3, 1);
    String snapshot = anvil.snapshot();
    long fork = anvil.blockNumber();
    anvil.mine(10);
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    Fixtures.index(anvil, db, IndexerConfig.defaults());

    anvil.revert(snapshot);
    anvil.mine(1);
    long newHead = anvil.blockNumber();
    assertThat(newHead).isEqualTo(fork + 1);
    Fixtures.index(anvil, db, IndexerConfig.defaults());

    try (ExplorerQueries q = new ExplorerQueries(db, 2)) {
      assertThat(q.block(newHead).orElseThrow().confirmed()).isFalse();
      assertThat(q.block(newHead - 1).orElseThrow().confirmed()).isFalse();
      assertThat(q.block(newHead - 2).orElseThrow().confirmed()).isTrue();
    }
    assertThat(Fixtures.count(db, "SELECT node_head FROM checkpoint")).isEqualTo(newHead);

    String shorter = anvil.snapshot();
    anvil.mine(3);
    Fixtures.index(anvil, db, IndexerConfig.defaults());
    anvil.revert(shorter);
    Fixtures.index(anvil, db, IndexerConfig.defaults());
    assertThat(Fixtures.count(db, "SELECT node_head FROM checkpoint")).isEqualTo(newHead);
    assertMatchesNode(anvil, db);
  }

  @Test
  void followModeTracksNewHeadsAndReorgs(Anvil anvil, @TempDir Path dir) throws Exception {
    TestChain chain = new TestChain(anvil);
    chain.ethTraffic(3, 2);
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    AtomicBoolean stop = new AtomicBoolean();
    List<Reorg> seen = new CopyOnWriteArrayList<>();
    Thread follower =
        new Thread(
            () -> {
              try (Indexer indexer =
                  new Indexer(
                      Fixtures.reader(anvil.rpcUrl(), 10),
                      db,
                      IndexerConfig.defaults(),
                      listener(seen))) {
                indexer.follow(OptionalLong.empty(), Duration.ofMillis(100), stop::get);
              }
            });
    follower.start();
    try {
      awaitTip(db, anvil.blockNumber());
      String snapshot = anvil.snapshot();
      chain.ethTraffic(3, 2);
      awaitTip(db, anvil.blockNumber());
      anvil.revert(snapshot);
      chain.ethTraffic(1, 3);
      awaitReorg(seen);
      awaitTip(db, anvil.blockNumber());
    } finally {
      stop.set(true);
      follower.join(30_000);
    }
    assertMatchesNode(anvil, db);
    assertThat(seen).hasSize(1);
  }

  private static ProgressListener listener(List<Reorg> seen) {
    return new ProgressListener() {
      @Override
      public void onProgress(io.abacus.explorer.ingest.Progress p) {}

      @Override
      public void onReorg(Reorg r) {
        seen.add(r);
      }
    };
  }

  private static void awaitReorg(List<Reorg> seen) throws InterruptedException {
    for (int i = 0; i < 600 && seen.isEmpty(); i++) {
      Thread.sleep(50);
    }
  }

  private static void awaitTip(ExplorerDatabase db, long tip) throws Exception {
    for (int i = 0; i < 600; i++) {
      if (Fixtures.count(db, "SELECT coalesce(max(number), -1) FROM blocks") == tip) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the follower did not reach block " + tip);
  }

  static String hashAt(Anvil anvil, long n) {
    return anvil
        .call("eth_getBlockByNumber", "0x" + Long.toHexString(n), false)
        .get("hash")
        .asText();
  }

  static void assertMatchesNode(Anvil anvil, ExplorerDatabase db) throws Exception {
    long head = anvil.blockNumber();
    try (ExplorerQueries q = new ExplorerQueries(db, 0)) {
      for (long n = 0; n <= head; n++) {
        var node = anvil.call("eth_getBlockByNumber", "0x" + Long.toHexString(n), false);
        QueryRecords.Block b = q.block(n).orElseThrow(() -> new AssertionError("missing block"));
        assertThat(b.hash()).isEqualTo(node.get("hash").asText());
        assertThat(b.txCount()).isEqualTo(node.get("transactions").size());
        for (var tx : node.get("transactions")) {
          assertThat(q.transaction(tx.asText())).isPresent();
        }
      }
      assertThat(q.block(head + 1)).isEmpty();
    }
    long nodeTxs = 0;
    for (long n = 0; n <= head; n++) {
      nodeTxs +=
          anvil
              .call("eth_getBlockByNumber", "0x" + Long.toHexString(n), false)
              .get("transactions")
              .size();
    }
    assertThat(Fixtures.count(db, "SELECT count(*) FROM transactions")).isEqualTo(nodeTxs);
    assertThat(Fixtures.count(db, "SELECT count(*) FROM transactions WHERE id >> 20 > " + head))
        .isZero();
    assertThat(HexBytes.toHex(new byte[0])).isEqualTo("0x");
  }
}
