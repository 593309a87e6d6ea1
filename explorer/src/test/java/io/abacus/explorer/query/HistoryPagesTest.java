package io.abacus.explorer.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.db.DatabaseException;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.db.IndexStore;
import io.abacus.explorer.ingest.ParsedBlock;
import io.abacus.explorer.ingest.TokenTransfers;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History pages read token transfers and internal sums only where the appearance flags say there
 * are some, through statements kept per connection; every page still shows what the index holds.
 */
class HistoryPagesTest {
  private static final byte[] ALICE = filled(0xa1);
  private static final byte[] BOB = filled(0xb2);
  private static final byte[] CAROL = filled(0xc4);
  private static final byte[] TOKEN = filled(0xc3);

  @Test
  void everyPageShowsItsTokenTransfersAndInternalSums(@TempDir Path dir) {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    fill(db, 40);
    try (AddressQueries q = new AddressQueries(db)) {
      List<QueryRecords.HistoryItem> all = new ArrayList<>();
      Cursor next = null;
      do {
        QueryRecords.HistoryPage page = q.history(Address.of(ALICE), HistoryFilter.none(), 7, next);
        all.addAll(page.items());
        next = page.next();
      } while (next != null);
      assertThat(all).hasSize(40);
      for (QueryRecords.HistoryItem item : all) {
        int i = item.index();
        // tx i: a token transfer to Alice when i % 3 == 0, internal ETH to Alice when i % 4 == 0
        assertThat(item.tokenTransfers()).as("tx %d", i).hasSize(i % 3 == 0 ? 1 : 0);
        if (i % 3 == 0) {
          assertThat(item.tokenTransfers().get(0).value()).isEqualTo(BigInteger.valueOf(100 + i));
        }
        assertThat(item.internalIn())
            .as("tx %d", i)
            .isEqualTo(BigInteger.valueOf(i % 4 == 0 ? 1_000 + i : 0));
        assertThat(item.internalOut()).isEqualTo(BigInteger.ZERO);
      }
      // Carol's token transfers (to Bob, in Alice's transactions) are not Alice's
      QueryRecords.HistoryPage carol = q.history(Address.of(CAROL), HistoryFilter.none(), 50, null);
      assertThat(carol.items()).hasSize(40 / 5);
      assertThat(carol.items())
          .allSatisfy(i -> assertThat(i.tokenTransfers()).singleElement().isNotNull());
    }
  }

  @Test
  void statementsAreKeptBySqlUpToTheLimitAndAFailedOneIsDropped(@TempDir Path dir)
      throws Exception {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    try (Connection c = db.connect();
        Statements statements = new Statements(c)) {
      assertThat(statements.<Long>one("SELECT ? + 1", r -> r.getLong(1), 41L)).isEqualTo(42L);
      assertThat(statements.<Long>one("SELECT ? + 1", r -> r.getLong(1), 1L)).isEqualTo(2L);
      assertThat(statements.size()).isEqualTo(1);
      for (int i = 0; i < Statements.MAX + 8; i++) {
        assertThat(statements.<Integer>one("SELECT " + i, r -> r.getInt(1))).isEqualTo(i);
      }
      assertThat(statements.size()).isEqualTo(Statements.MAX);
      String json = "SELECT json(?)";
      assertThat(statements.<String>one(json, r -> r.getString(1), "{}")).isEqualTo("{}");
      assertThat(statements.size()).isEqualTo(Statements.MAX);
      assertThatThrownBy(() -> statements.list(json, r -> r.getString(1), "{not json"))
          .isInstanceOf(DatabaseException.class);
      assertThat(statements.size()).isEqualTo(Statements.MAX - 1);
    }
  }

  @Test
  void inListsArePaddedToAPowerOfTwoWithTheLastId() {
    assertThat(Rows.padded(List.of(5L))).containsExactly(5L);
    assertThat(Rows.padded(List.of(5L, 6L, 7L))).containsExactly(5L, 6L, 7L, 7L);
    assertThat(Rows.padded(List.of(1L, 2L, 3L, 4L))).containsExactly(1L, 2L, 3L, 4L);
    List<Long> many = new ArrayList<>();
    for (long i = 0; i < 26; i++) {
      many.add(i);
    }
    List<Long> padded = Rows.padded(many);
    assertThat(padded).hasSize(32).startsWith(many.toArray(Long[]::new));
    assertThat(padded.subList(26, 32)).containsOnly(25L);
  }

  /** Block 0 with {@code n} transactions from Alice to Bob (see the test for what each holds). */
  private static void fill(ExplorerDatabase db, int n) {
    List<ParsedBlock.Tx> txs = new ArrayList<>();
    int logIndex = 0;
    for (int i = 0; i < n; i++) {
      List<ParsedBlock.Log> logs = new ArrayList<>();
      List<ParsedBlock.TokenTransfer> transfers = new ArrayList<>();
      if (i % 3 == 0) {
        logs.add(transfer(logIndex++, BOB, ALICE, 100 + i));
      }
      if (i % 5 == 0) {
        logs.add(transfer(logIndex++, CAROL, BOB, 7));
      }
      logs.forEach(l -> transfers.addAll(TokenTransfers.decode(l)));
      List<ParsedBlock.InternalTransfer> internals =
          i % 4 == 0
              ? List.of(
                  new ParsedBlock.InternalTransfer(
                      0, BOB, ALICE, BigInteger.valueOf(1_000 + i), "call"))
              : List.of();
      txs.add(
          new ParsedBlock.Tx(
              i,
              hash(i),
              ALICE,
              BOB,
              BigInteger.ONE,
              i,
              60_000,
              BigInteger.TEN,
              2,
              new byte[0],
              1,
              21_000,
              null,
              logs,
              transfers,
              internals));
    }
    ParsedBlock block =
        new ParsedBlock(
            0, hash(-1), new byte[32], 1_700_000_000L, BOB, 1, 30_000_000, BigInteger.ONE, txs);
    try (IndexStore store = new IndexStore(db)) {
      Checkpoint cp = store.start(1, 0, 0);
      store.append(List.of(block), cp, 0);
    }
  }

  private static ParsedBlock.Log transfer(int index, byte[] from, byte[] to, long value) {
    return new ParsedBlock.Log(
        index,
        TOKEN,
        List.of(TokenTransfers.TRANSFER, topic(from), topic(to)),
        ByteBuffer.allocate(32).putLong(24, value).array());
  }

  private static byte[] topic(byte[] address) {
    byte[] t = new byte[32];
    System.arraycopy(address, 0, t, 12, 20);
    return t;
  }

  private static byte[] hash(int i) {
    return ByteBuffer.allocate(32).putInt(28, i + 1).array();
  }

  private static byte[] filled(int b) {
    byte[] a = new byte[20];
    Arrays.fill(a, (byte) b);
    return a;
  }
}
