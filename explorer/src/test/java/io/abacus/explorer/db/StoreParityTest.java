package io.abacus.explorer.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.export.CsvLabels;
import io.abacus.explorer.export.Exports;
import io.abacus.explorer.ingest.Indexer;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.explorer.ingest.ProgressListener;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.Cursor;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.IndexLabels;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.explorer.query.StatsQueries;
import io.abacus.explorer.query.TokenQueries;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.EmbeddedPg;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same anvil chain (token transfers of all three standards, a failed transaction, plain ETH
 * traffic) indexed into SQLite and into PostgreSQL gives the same rows and the same answer to every
 * query, page, search and export.
 */
@WithAnvil
class StoreParityTest {
  static EmbeddedPg pg;
  static ExplorerDatabase sqlite;
  static ExplorerDatabase postgres;
  static TestChain chain;
  static Anvil node;

  @BeforeAll
  static void indexBoth(Anvil anvil, @TempDir Path dir) {
    node = anvil;
    pg = EmbeddedPg.shared();
    chain = new TestChain(anvil).tokenScenario();
    chain.ethTraffic(8, 3);
    sqlite = ExplorerDatabase.open(dir.resolve("parity.db"));
    postgres = Fixtures.openPg(pg, "parity");
    for (ExplorerDatabase db : List.of(sqlite, postgres)) {
      Fixtures.index(anvil, db, IndexerConfig.defaults().withBatchSize(4));
      try (ExplorerQueries q = new ExplorerQueries(db, 3);
          IndexLabels labels = new IndexLabels(db)) {
        q.setLabel(Address.parse(chain.account(3)), "Supplier 100%_Ltd");
        q.setLabel(Address.parse(chain.account(4)), "深圳 面包店 Bakery");
        q.setLabel(Address.parse(chain.account(4)), "深圳 面包店 Bakery & Co");
        labels.putTx(HexBytes.decode(chain.failedTxs().get(0)), "the one that failed");
      }
    }
  }

  @AfterAll
  static void stop() {
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void theStoresHoldTheSameRows() throws Exception {
    assertThat(Fixtures.dump(postgres)).isEqualTo(Fixtures.dump(sqlite));
    assertThat(Fixtures.count(postgres, "SELECT count(DISTINCT standard) FROM token_transfers"))
        .isEqualTo(3);
  }

  @Test
  void blocksTransactionsAndSearchAnswerTheSame() throws Exception {
    assertThat(blockAnswers(postgres)).isEqualTo(blockAnswers(sqlite)).hasSizeGreaterThan(30);
  }

  @Test
  void addressHistoryPagesSummariesAndExportsAnswerTheSame() throws Exception {
    Map<String, Object> onSqlite = addressAnswers(sqlite);
    Map<String, Object> onPostgres = addressAnswers(postgres);
    assertThat(onPostgres.keySet()).containsExactlyElementsOf(onSqlite.keySet());
    for (String key : onSqlite.keySet()) {
      assertThat(onPostgres.get(key)).as(key).isEqualTo(onSqlite.get(key));
    }
    assertThat(onSqlite.get(chain.account(1) + " csv").toString().lines()).hasSizeGreaterThan(3);
  }

  @Test
  void tokensDailyAggregatesAndLabelsAnswerTheSame() throws Exception {
    Map<String, Object> onSqlite = tokenAndDayAnswers(sqlite);
    Map<String, Object> onPostgres = tokenAndDayAnswers(postgres);
    for (String key : onSqlite.keySet()) {
      assertThat(onPostgres.get(key)).as(key).isEqualTo(onSqlite.get(key));
    }
    @SuppressWarnings("unchecked")
    List<QueryRecords.Daily> days = (List<QueryRecords.Daily>) onSqlite.get("daily");
    assertThat(days.stream().mapToLong(QueryRecords.Daily::transactions).sum())
        .isEqualTo(Fixtures.count(sqlite, "SELECT count(*) FROM transactions"));
  }

  @Test
  void aCopiedIndexHoldsTheSameRowsAndAnswers() throws Exception {
    ExplorerDatabase copied = Fixtures.openPg(pg, "copied");
    IndexCopy.Result result = IndexCopy.copy(sqlite, copied);
    assertThat(result.rows()).isGreaterThan(100);
    assertThat(Fixtures.dump(copied)).isEqualTo(Fixtures.dump(sqlite));
    assertThat(blockAnswers(copied)).isEqualTo(blockAnswers(sqlite));
    assertThat(tokenAndDayAnswers(copied)).isEqualTo(tokenAndDayAnswers(sqlite));
    assertThatThrownBy(() -> IndexCopy.copy(sqlite, copied))
        .isInstanceOf(DatabaseException.class)
        .hasMessageContaining("already holds an index");
  }

  @Test
  void aSecondWriterOnTheSameDatabaseIsRefused() {
    ExplorerDatabase again = Fixtures.reopenPg(pg, "parity");
    try (Indexer first =
        new Indexer(
            Fixtures.reader(node.rpcUrl(), 10),
            postgres,
            IndexerConfig.defaults(),
            ProgressListener.none())) {
      assertThatThrownBy(
              () ->
                  new Indexer(
                      Fixtures.reader(node.rpcUrl(), 10),
                      again,
                      IndexerConfig.defaults(),
                      ProgressListener.none()))
          .isInstanceOf(DatabaseException.class)
          .hasMessage(
              "another indexer is already writing to "
                  + pg.url("parity")
                  + "; let it finish or stop it (one indexer per index)");
    }
    // Once the first one is closed, the lock is free again.
    new Indexer(
            Fixtures.reader(node.rpcUrl(), 10),
            again,
            IndexerConfig.defaults(),
            ProgressListener.none())
        .close();
  }

  private static List<Object> blockAnswers(ExplorerDatabase db) throws Exception {
    List<Object> out = new ArrayList<>();
    try (ExplorerQueries q = new ExplorerQueries(db, 3);
        Connection c = db.connect()) {
      long last = q.checkpoint().orElseThrow().nextBlock() - 1;
      List<QueryRecords.Block> blocks = q.blocks(0, last);
      out.add(blocks);
      for (QueryRecords.Block b : blocks) {
        out.add(q.blockByHash(b.hash()));
        out.add(q.search(b.hash()));
        out.add(q.search(Long.toString(b.number())));
      }
      for (String hash : txHashes(c)) {
        out.add(q.transaction(hash));
        out.add(q.search(hash));
      }
      for (String text : List.of("supplier", "BAKERY", "面包", "tusd", "Art", "nothing at all")) {
        out.add(q.search(text));
      }
      out.add(q.reorgs());
      out.add(q.indexedWithTraces());
      StringWriter csv = new StringWriter();
      Exports.blocks(q, 0, last, CsvLabels.index(q), csv);
      out.add(csv.toString());
    }
    return out;
  }

  private static Map<String, Object> addressAnswers(ExplorerDatabase db) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    Address token = Address.parse(chain.erc20);
    BigInteger e18 = BigInteger.TEN.pow(18);
    try (AddressQueries a = new AddressQueries(db);
        ExplorerQueries q = new ExplorerQueries(db, 3)) {
      Instant start = q.block(3).orElseThrow().timestamp();
      for (String text : addresses()) {
        Address x = Address.parse(text);
        out.put(text + " count", a.txCount(x));
        out.put(text + " all", pages(a, x, HistoryFilter.none()));
        out.put(
            text + " out",
            pages(a, x, HistoryFilter.none().withDirection(QueryRecords.Direction.OUT)));
        out.put(
            text + " in",
            pages(a, x, HistoryFilter.none().withDirection(QueryRecords.Direction.IN)));
        out.put(text + " token", pages(a, x, HistoryFilter.none().withToken(token)));
        out.put(
            text + " big token",
            pages(
                a,
                x,
                HistoryFilter.none()
                    .withToken(token)
                    .withMinValue(e18.multiply(BigInteger.valueOf(500)))));
        out.put(
            text + " with 2",
            pages(a, x, HistoryFilter.none().withCounterparty(Address.parse(chain.account(2)))));
        out.put(text + " blocks", pages(a, x, HistoryFilter.none().withBlocks(2L, 9L)));
        out.put(text + " times", pages(a, x, HistoryFilter.none().withTimes(start, null)));
        out.put(text + " min eth", pages(a, x, HistoryFilter.none().withMinValue(BigInteger.ONE)));
        out.put(text + " summary", a.summary(x));
        out.put(text + " search", q.search(text));
        out.put(text + " label", q.label(x));
        StringWriter csv = new StringWriter();
        Exports.addressHistory(a, x, HistoryFilter.none(), CsvLabels.index(q), csv);
        out.put(text + " csv", csv.toString());
      }
    }
    return out;
  }

  private static Map<String, Object> tokenAndDayAnswers(ExplorerDatabase db) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    try (StatsQueries s = new StatsQueries(db);
        ExplorerQueries q = new ExplorerQueries(db, 3);
        IndexLabels labels = new IndexLabels(db);
        Connection c = db.connect()) {
      for (String text : List.of(chain.erc20, chain.erc721, chain.erc1155)) {
        Address token = Address.parse(text);
        List<Object> pages = new ArrayList<>();
        Cursor cursor = null;
        do {
          QueryRecords.TransferPage page = s.tokenTransfers(token, 2, cursor);
          pages.add(page);
          cursor = page.next();
        } while (cursor != null);
        out.put(text + " transfers", pages);
        out.put(text + " summary", TokenQueries.summary(c, token, 10));
        StringWriter csv = new StringWriter();
        Exports.tokenTransfers(s, token, CsvLabels.index(q), csv);
        out.put(text + " csv", csv.toString());
      }
      LocalDate first = q.block(0).orElseThrow().timestamp().atZone(ZoneOffset.UTC).toLocalDate();
      out.put("daily", s.daily(first.minusDays(1), first.plusDays(400)));
      out.put("address labels", labels.addressLabels());
      out.put("tx labels", labels.txLabels());
    }
    return out;
  }

  private static List<String> addresses() {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      all.add(chain.account(i));
    }
    all.addAll(List.of(chain.erc20, chain.erc721, chain.erc1155, TestChain.ZERO));
    return all;
  }

  private static List<QueryRecords.HistoryPage> pages(
      AddressQueries a, Address x, HistoryFilter filter) {
    List<QueryRecords.HistoryPage> pages = new ArrayList<>();
    Cursor cursor = null;
    do {
      QueryRecords.HistoryPage page = a.history(x, filter, 3, cursor);
      pages.add(page);
      cursor = page.next();
    } while (cursor != null);
    return pages;
  }

  private static List<String> txHashes(Connection c) throws Exception {
    List<String> hashes = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT hash FROM transactions ORDER BY id")) {
      while (r.next()) {
        hashes.add(HexBytes.toHex(r.getBytes(1)));
      }
    }
    return hashes;
  }
}
