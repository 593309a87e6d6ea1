package io.abacus.explorer.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.ingest.ParsedBlock;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeferredIndexesTest {
  private static final String INDEXES =
      "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name";
  private static final String RECORDED =
      "SELECT count(*) FROM index_options WHERE name LIKE 'deferred_index:%'";

  @Test
  void aBulkLoadWithoutSecondaryIndexesEndsWithTheSameSchemaAndData(@TempDir Path dir)
      throws Exception {
    ExplorerDatabase deferred = ExplorerDatabase.open(dir.resolve("deferred.db"));
    ExplorerDatabase rowByRow = ExplorerDatabase.open(dir.resolve("rows.db"));
    String schema = text(rowByRow, INDEXES);
    try (IndexStore store = new IndexStore(deferred)) {
      Checkpoint cp = store.start(1, 0, 9);
      assertThat(store.deferIndexes()).isTrue();
      assertThat(Fixtures.count(deferred, RECORDED)).isEqualTo(6);
      assertThat(text(deferred, INDEXES)).doesNotContain("transactions_by_hash", "logs_by_tx");
      store.append(blocks(0, 10), cp, 9);
      assertThat(store.completeIndexes()).isEqualTo(6);
      assertThat(store.completeIndexes()).isZero();
    }
    try (IndexStore store = new IndexStore(rowByRow)) {
      store.append(blocks(0, 10), store.start(1, 0, 9), 9);
    }
    assertThat(text(deferred, INDEXES)).isEqualTo(schema).contains("transactions_by_hash");
    assertThat(Fixtures.count(deferred, RECORDED)).isZero();
    assertThat(text(deferred, "SELECT * FROM transactions ORDER BY id"))
        .isEqualTo(text(rowByRow, "SELECT * FROM transactions ORDER BY id"))
        .isNotEmpty();
  }

  @Test
  void theBuildIsAnnouncedOnlyWhenIndexesArePending(@TempDir Path dir) throws Exception {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    List<String> said = new ArrayList<>();
    try (IndexStore store = new IndexStore(db)) {
      Checkpoint cp = store.start(1, 0, 9);
      assertThat(store.completeIndexes(() -> said.add("nothing deferred"))).isZero();
      assertThat(store.deferIndexes()).isTrue();
      store.append(blocks(0, 10), cp, 9);
      assertThat(
              store.completeIndexes(
                  () -> said.add("building, " + indexNames(db).contains("logs_by_tx"))))
          .isEqualTo(6);
      assertThat(store.completeIndexes(() -> said.add("built already"))).isZero();
    }
    assertThat(said).containsExactly("building, false");
  }

  private static String indexNames(ExplorerDatabase db) {
    try {
      return text(db, INDEXES);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anIndexHoldingBlocksKeepsItsIndexes(@TempDir Path dir) throws Exception {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    String schema = text(db, INDEXES);
    try (IndexStore store = new IndexStore(db)) {
      store.append(blocks(0, 2), store.start(1, 0, 1), 1);
      assertThat(store.deferIndexes()).isFalse();
    }
    assertThat(text(db, INDEXES)).isEqualTo(schema);
  }

  @Test
  void aBuildThatFailsHalfWayLeavesEverythingDeferredForTheNextRun(@TempDir Path dir)
      throws Exception {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    String schema = text(db, INDEXES);
    try (IndexStore store = new IndexStore(db)) {
      Checkpoint cp = store.start(1, 0, 9);
      store.deferIndexes();
      store.append(blocks(0, 5), cp, 9);
      // Two transactions with one hash: transactions_by_hash (UNIQUE) cannot be built, after
      // the five named before it were (the build goes by name): all six stay deferred.
      sql(db, "UPDATE transactions SET hash = (SELECT min(hash) FROM transactions)");
      assertThatThrownBy(store::completeIndexes)
          .isInstanceOf(DatabaseException.class)
          .hasMessageContaining("build the secondary indexes");
      assertThat(Fixtures.count(db, RECORDED)).isEqualTo(6);
      assertThat(text(db, INDEXES)).doesNotContain("blocks_by_hash", "transactions_by_hash");
    }
    sql(db, "UPDATE transactions SET hash = randomblob(32)");
    try (IndexStore reopened = new IndexStore(db)) {
      assertThat(reopened.deferIndexes()).as("still deferred after reopening").isTrue();
      assertThat(reopened.completeIndexes()).isEqualTo(6);
    }
    assertThat(text(db, INDEXES)).isEqualTo(schema);
    assertThat(Fixtures.count(db, RECORDED)).isZero();
  }

  private static List<ParsedBlock> blocks(long first, int n) {
    List<ParsedBlock> blocks = new ArrayList<>();
    for (long b = first; b < first + n; b++) {
      List<ParsedBlock.Tx> txs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        txs.add(
            new ParsedBlock.Tx(
                i,
                hash(b * 16 + i + 1_000),
                address(i),
                address(i + 1),
                BigInteger.valueOf(b + i),
                b,
                21_000,
                BigInteger.ONE,
                2,
                new byte[0],
                1,
                21_000,
                null,
                List.of(),
                List.of(),
                List.of()));
      }
      blocks.add(
          new ParsedBlock(
              b,
              hash(b),
              b == 0 ? new byte[32] : hash(b - 1),
              1_700_000_000L + b,
              address(9),
              63_000,
              30_000_000,
              BigInteger.TEN,
              txs));
    }
    return blocks;
  }

  private static byte[] hash(long n) {
    byte[] h = new byte[32];
    for (int i = 0; i < 8; i++) {
      h[31 - i] = (byte) (n >>> (8 * i));
    }
    h[0] = 0x42;
    return h;
  }

  private static byte[] address(int n) {
    byte[] a = new byte[20];
    a[19] = (byte) n;
    return a;
  }

  private static void sql(ExplorerDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static String text(ExplorerDatabase db, String sql) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        for (int i = 1; i <= columns; i++) {
          Object v = r.getObject(i);
          out.append(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v).append('|');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
