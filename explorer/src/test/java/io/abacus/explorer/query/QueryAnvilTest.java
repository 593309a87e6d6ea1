package io.abacus.explorer.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.explorer.Fixtures;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.abi.AbiDecoder;
import io.abacus.explorer.abi.Decoded;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithAnvil
class QueryAnvilTest {
  static TestChain chain;
  static ExplorerDatabase db;
  static ExplorerQueries q;
  static AddressQueries addresses;
  static StatsQueries stats;
  static Anvil node;

  @BeforeAll
  static void indexChain(Anvil anvil, @TempDir Path dir) {
    node = anvil;
    chain = new TestChain(anvil).tokenScenario();
    chain.ethTraffic(30, 6);
    db = ExplorerDatabase.open(dir.resolve("q.db"));
    Fixtures.index(anvil, db, IndexerConfig.defaults());
    q = new ExplorerQueries(db, 0);
    addresses = new AddressQueries(db);
    stats = new StatsQueries(db);
  }

  @AfterAll
  static void close() {
    q.close();
    addresses.close();
    stats.close();
  }

  /**
   * Every tx of {@code a}, newest first, straight from the node (sender, recipient or in a log
   * topic).
   */
  static List<String> nodeHistory(String a) {
    String padded = "0x000000000000000000000000" + a.substring(2);
    List<String> out = new ArrayList<>();
    for (long n = node.blockNumber(); n >= 0; n--) {
      JsonNode block = node.call("eth_getBlockByNumber", "0x" + Long.toHexString(n), true);
      JsonNode txs = block.get("transactions");
      for (int i = txs.size() - 1; i >= 0; i--) {
        JsonNode tx = txs.get(i);
        String hash = tx.get("hash").asText();
        boolean mine = a.equals(tx.get("from").asText()) || a.equals(tx.path("to").asText());
        for (JsonNode log : node.call("eth_getTransactionReceipt", hash).get("logs")) {
          for (JsonNode topic : log.get("topics")) {
            mine |= topic.asText().equals(padded);
          }
        }
        if (mine) {
          out.add(hash);
        }
      }
    }
    return out;
  }

  @Test
  void addressHistoryPagesNewestFirstWithoutGapsOrRepeats() {
    String a = chain.account(1);
    List<String> expected = nodeHistory(a);
    List<String> paged = new ArrayList<>();
    Cursor cursor = null;
    do {
      QueryRecords.HistoryPage page =
          addresses.history(Address.parse(a), HistoryFilter.none(), 7, cursor);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(7);
      page.items().forEach(i -> paged.add(i.hash()));
      cursor = page.next();
    } while (cursor != null);
    assertThat(paged).containsExactlyElementsOf(expected);
    assertThat(addresses.txCount(Address.parse(a))).isEqualTo(expected.size());
  }

  @Test
  void filtersNarrowTheHistory() {
    Address a1 = Address.parse(chain.account(1));
    Address a2 = Address.parse(chain.account(2));
    Address token = Address.parse(chain.erc20);
    var tokenOnly = addresses.history(a1, HistoryFilter.none().withToken(token), 100, null).items();
    assertThat(tokenOnly).hasSize(2);
    var out =
        addresses
            .history(
                a1,
                HistoryFilter.none().withToken(token).withDirection(QueryRecords.Direction.OUT),
                100,
                null)
            .items();
    assertThat(out)
        .singleElement()
        .satisfies(i -> assertThat(i.direction()).isEqualTo(QueryRecords.Direction.OUT));
    var withA2 =
        addresses.history(a1, HistoryFilter.none().withCounterparty(a2), 1000, null).items();
    assertThat(withA2)
        .isNotEmpty()
        .allSatisfy(
            i ->
                assertThat(
                        q.transaction(i.hash()).orElseThrow().tokenTransfers().stream()
                                .anyMatch(t -> t.to().equals(a2) || t.from().equals(a2))
                            || a2.equals(i.to())
                            || a2.equals(i.from()))
                    .isTrue());
    BigInteger e18 = BigInteger.TEN.pow(18);
    var big =
        addresses
            .history(
                a1,
                HistoryFilter.none()
                    .withToken(token)
                    .withMinValue(e18.multiply(BigInteger.valueOf(500))),
                100,
                null)
            .items();
    assertThat(big).hasSize(1);
    QueryRecords.HistoryItem newest =
        addresses.history(a1, HistoryFilter.none(), 1, null).items().get(0);
    var upTo =
        addresses
            .history(
                a1, HistoryFilter.none().withBlocks(null, newest.blockNumber() - 1), 1000, null)
            .items();
    assertThat(upTo).allSatisfy(i -> assertThat(i.blockNumber()).isLessThan(newest.blockNumber()));
    var ethMin =
        addresses
            .history(a1, HistoryFilter.none().withMinValue(BigInteger.ONE), 1000, null)
            .items();
    assertThat(ethMin).allSatisfy(i -> assertThat(i.value()).isPositive());
  }

  @Test
  void transactionHasLogsTransfersAndDecodedInput() {
    var all =
        addresses
            .history(
                Address.parse(chain.account(5)),
                HistoryFilter.none().withToken(Address.parse(chain.erc1155)),
                100,
                null)
            .items();
    QueryRecords.Transaction batch =
        all.stream()
            .map(i -> q.transaction(i.hash()).orElseThrow())
            .filter(t -> t.tokenTransfers().size() == 2)
            .findFirst()
            .orElseThrow();
    assertThat(batch.status()).isEqualTo(1);
    assertThat(batch.logs()).isNotEmpty();
    assertThat(batch.tokenTransfers())
        .extracting(QueryRecords.TokenTransfer::tokenId)
        .containsExactly(BigInteger.ONE, BigInteger.TWO);
    AbiDecoder decoder = q.decoder();
    Decoded call = decoder.decodeInput(batch.to(), HexBytes.decode(batch.input())).orElseThrow();
    assertThat(call.signature()).isEqualTo("mintBatch(address,uint256[],uint256[],bytes)");
    assertThat(call.args().get(1).value()).isEqualTo("[1, 2]");
    QueryRecords.Log log = batch.logs().get(0);
    Decoded event =
        decoder
            .decodeLog(
                log.address(),
                log.topics().stream().map(HexBytes::decode).toList(),
                HexBytes.decode(log.data()))
            .orElseThrow();
    assertThat(event.name()).isEqualTo("TransferBatch");
    assertThat(event.args().get(2).value()).isEqualTo(Address.parse(chain.account(5)).toString());

    QueryRecords.Transaction failed = q.transaction(chain.failedTxs().get(0)).orElseThrow();
    assertThat(failed.status()).isZero();
    assertThat(failed.tokenTransfers()).isEmpty();
  }

  @Test
  void importedAbiTakesPrecedence() {
    Address token = Address.parse(chain.erc20);
    q.importAbi(token, "TUSD", Contracts.openZeppelin("ERC20PresetMinterPauser").abiJson());
    QueryRecords.HistoryItem mint =
        addresses.history(token, HistoryFilter.none(), 1000, null).items().stream()
            .map(i -> q.transaction(i.hash()).orElseThrow())
            .filter(t -> t.input().startsWith("0x40c10f19"))
            .findFirst()
            .map(
                t ->
                    addresses.history(token, HistoryFilter.none(), 1000, null).items().stream()
                        .filter(i -> i.hash().equals(t.hash()))
                        .findFirst()
                        .orElseThrow())
            .orElseThrow();
    Decoded d =
        q.decoder()
            .decodeInput(token, HexBytes.decode(q.transaction(mint.hash()).orElseThrow().input()))
            .orElseThrow();
    assertThat(d.source()).isEqualTo("abi");
    assertThat(d.args()).extracting(Decoded.Arg::name).containsExactly("to", "amount");
  }

  @Test
  void tokenTransfersPageThroughBatchLogsWithoutLosingAny() {
    Address token = Address.parse(chain.erc1155);
    List<BigInteger> ids = new ArrayList<>();
    Cursor cursor = null;
    do {
      QueryRecords.TransferPage page = stats.tokenTransfers(token, 1, cursor);
      page.items().forEach(t -> ids.add(t.tokenId()));
      cursor = page.next();
    } while (cursor != null);
    assertThat(ids)
        .containsExactlyInAnyOrder(
            BigInteger.valueOf(7), BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(7));
  }

  @Test
  void summaryTotalsAreExact() {
    Address a1 = Address.parse(chain.account(1));
    QueryRecords.AddressSummary s = addresses.summary(a1);
    BigInteger e18 = BigInteger.TEN.pow(18);
    assertThat(s.totals())
        .contains(
            new QueryRecords.AssetTotals(
                Address.parse(chain.erc20),
                e18.multiply(BigInteger.valueOf(1000)),
                e18.multiply(BigInteger.valueOf(250))));
    assertThat(s.txCount()).isEqualTo(addresses.txCount(a1));
    assertThat(s.firstSeen()).isBeforeOrEqualTo(s.lastSeen());
    assertThat(s.topCounterparties()).isNotEmpty();
    assertThat(s.feesPaid()).isPositive();
  }

  @Test
  void searchRecognisesWhatWasTyped() {
    QueryRecords.Block b5 = q.block(5).orElseThrow();
    assertThat(q.search(b5.hash()))
        .extracting(QueryRecords.SearchHit::kind)
        .containsExactly(QueryRecords.SearchHit.Kind.BLOCK);
    assertThat(q.search("5")).extracting(QueryRecords.SearchHit::key).contains("5");
    String tx = chain.failedTxs().get(0);
    assertThat(q.search(tx.toUpperCase(Locale.ROOT).replace("0X", "0x")))
        .extracting(QueryRecords.SearchHit::kind)
        .containsExactly(QueryRecords.SearchHit.Kind.TRANSACTION);
    Address a3 = Address.parse(chain.account(3));
    q.setLabel(a3, "Supplier 100%_Ltd");
    assertThat(q.search(a3.toLowerHex()))
        .singleElement()
        .satisfies(h -> assertThat(h.label()).isEqualTo("Supplier 100%_Ltd"));
    assertThat(q.search("supplier 100%"))
        .extracting(QueryRecords.SearchHit::key)
        .containsExactly(a3.toString());
    assertThat(q.search("supplier 1000")).isEmpty();
    assertThat(q.search("0x" + "ab".repeat(32))).isEmpty();
  }

  @Test
  void recentBlocksAreUnconfirmed() {
    long head = node.blockNumber();
    try (ExplorerQueries five = new ExplorerQueries(db, 5)) {
      assertThat(five.block(head).orElseThrow().confirmed()).isFalse();
      assertThat(five.block(head - 4).orElseThrow().confirmed()).isFalse();
      assertThat(five.block(head - 5).orElseThrow().confirmed()).isTrue();
    }
    assertThat(q.block(head).orElseThrow().confirmed()).isTrue();
  }

  @Test
  void dailyAggregatesCoverEveryTransaction() throws Exception {
    LocalDate first = q.block(0).orElseThrow().timestamp().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate last =
        q.block(node.blockNumber()).orElseThrow().timestamp().atZone(ZoneOffset.UTC).toLocalDate();
    List<QueryRecords.Daily> days = stats.daily(first, last);
    assertThat(days.stream().mapToLong(QueryRecords.Daily::transactions).sum())
        .isEqualTo(Fixtures.count(db, "SELECT count(*) FROM transactions"));
    assertThat(days.stream().mapToLong(QueryRecords.Daily::blocks).sum())
        .isEqualTo(node.blockNumber() + 1);
    assertThat(days.stream().map(QueryRecords.Daily::fees).reduce(BigInteger.ZERO, BigInteger::add))
        .isPositive();
  }

  @Test
  void tokenNamesSymbolsAndDecimalsAreReadWhileIndexing() {
    Address erc20 = Address.parse(chain.erc20);
    List<QueryRecords.TokenTransfer> tusd = stats.tokenTransfers(erc20, 100, null).items();
    assertThat(tusd).isNotEmpty();
    assertThat(tusd)
        .allSatisfy(
            t -> {
              assertThat(t.info().symbol()).isEqualTo("TUSD");
              assertThat(t.info().name()).isEqualTo("Test Dollar");
              assertThat(t.info().decimals()).isEqualTo(18);
            });
    assertThat(tusd).extracting(t -> t.amount().orElseThrow()).contains("250", "1000");

    // ERC-721 has no decimals: recorded as unknown, amounts stay as they are.
    List<QueryRecords.TokenTransfer> art =
        stats.tokenTransfers(Address.parse(chain.erc721), 100, null).items();
    assertThat(art).isNotEmpty();
    assertThat(art).allSatisfy(t -> assertThat(t.info().known()).isFalse());
    assertThat(art).allSatisfy(t -> assertThat(t.amount()).isEmpty());
  }
}
