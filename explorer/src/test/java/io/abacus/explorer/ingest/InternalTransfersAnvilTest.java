package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.explorer.Fixtures;
import io.abacus.explorer.RpcProxy;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.explorer.rpc.TraceFetcher;
import io.abacus.explorer.rpc.TraceMethod;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.EthForwarder;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contract forwarding ETH to two addresses, indexed with and without traces. */
@WithAnvil
class InternalTransfersAnvilTest {
  private static final String FORWARDER = "0x00000000000000000000000000000000000f0f0f";
  private static final String ALICE = "0x1111111111111111111111111111111111111111";
  private static final String BOB = "0x2222222222222222222222222222222222222222";

  static TestChain chain;
  static long before;
  static String forwardTx;
  static String secondTx;

  @BeforeAll
  static void forwardEth(Anvil anvil) {
    chain = new TestChain(anvil);
    anvil.call("anvil_setCode", FORWARDER, EthForwarder.code(ALICE, BOB));
    chain.sendEth(0, 1, BigInteger.TEN.pow(15));
    before = anvil.blockNumber();
    forwardTx = chain.send(0, FORWARDER, "0x", BigInteger.valueOf(3_000_000_000_000_000L), 0);
    chain.receipt(forwardTx);
    secondTx = chain.send(1, FORWARDER, "0x", BigInteger.valueOf(1_000_001), 0);
    chain.receipt(secondTx);
  }

  @Test
  void tracedIndexCountsInternalTransfersAndResumesWithTraces(Anvil anvil, @TempDir Path dir)
      throws Exception {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("traces.db"));
    IndexerConfig traced = IndexerConfig.defaults().withTraces(true);
    try (Indexer indexer =
        new Indexer(Fixtures.reader(anvil.rpcUrl(), 5), db, traced, ProgressListener.none())) {
      indexer.index(OptionalLong.empty(), OptionalLong.of(before + 1), () -> false);
      assertThat(indexer.traceMethod()).isEqualTo(TraceMethod.CALL_TRACER);
    }
    // resumed without --traces: the index remembers its choice
    Fixtures.index(anvil, db, IndexerConfig.defaults());

    assertThat(Fixtures.count(db, "SELECT count(*) FROM internal_transfers")).isEqualTo(4);
    try (ExplorerQueries queries = new ExplorerQueries(db, 0)) {
      List<QueryRecords.InternalTransfer> internals =
          queries.transaction(forwardTx).orElseThrow().internalTransfers();
      assertThat(internals)
          .extracting(i -> i.to().toLowerHex(), QueryRecords.InternalTransfer::value)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  ALICE, BigInteger.valueOf(1_500_000_000_000_000L)),
              org.assertj.core.groups.Tuple.tuple(BOB, BigInteger.valueOf(1_500_000_000_000_000L)));
      assertThat(internals).allMatch(i -> i.type().equals("CALL"));
      assertThat(internals).allMatch(i -> i.from().toLowerHex().equals(FORWARDER));
    }
    try (AddressQueries addresses = new AddressQueries(db)) {
      for (String who : List.of(ALICE, BOB)) {
        Address a = Address.parse(who);
        QueryRecords.HistoryPage page = addresses.history(a, HistoryFilter.none(), 10, null);
        assertThat(page.items()).hasSize(2);
        assertThat(page.items()).allMatch(i -> i.direction() == QueryRecords.Direction.IN);
        assertThat(page.items())
            .extracting(QueryRecords.HistoryItem::internalIn)
            .containsExactly(
                BigInteger.valueOf(who.equals(ALICE) ? 500_000 : 500_001), // Bob gets the odd wei
                BigInteger.valueOf(1_500_000_000_000_000L));
        assertThat(page.items())
            .extracting(QueryRecords.HistoryItem::internalOut)
            .containsOnly(BigInteger.ZERO);
        QueryRecords.AssetTotals eth = addresses.summary(a).totals().get(0);
        assertThat(eth.asset()).isNull();
        assertThat(eth.in()).isEqualTo(nodeBalance(anvil, who));
        assertThat(eth.out()).isZero();
      }
      java.io.StringWriter csv = new java.io.StringWriter();
      io.abacus.explorer.export.Exports.addressHistory(
          addresses,
          Address.parse(ALICE),
          HistoryFilter.none(),
          io.abacus.explorer.export.CsvLabels.none(),
          csv);
      assertThat(csv.toString())
          .startsWith("block_number,")
          .contains(",internal_in_wei,internal_out_wei")
          .contains(",1500000000000000,0\r\n")
          .contains(",500000,0\r\n");
      QueryRecords.AssetTotals forwarder =
          addresses.summary(Address.parse(FORWARDER)).totals().get(0);
      assertThat(forwarder.in()).isEqualTo(forwarder.out());
    }
  }

  @Test
  void withoutTracesTheIndexHasNoInternalTransfers(Anvil anvil, @TempDir Path dir)
      throws Exception {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("plain.db"));
    Fixtures.index(anvil, db, IndexerConfig.defaults());
    assertThat(Fixtures.count(db, "SELECT count(*) FROM internal_transfers")).isZero();
    try (AddressQueries addresses = new AddressQueries(db)) {
      assertThat(addresses.history(Address.parse(ALICE), HistoryFilter.none(), 10, null).items())
          .isEmpty();
    }
  }

  @Test
  void aNodeWithoutTracesIsExplainedAndIndexingContinues(Anvil anvil, @TempDir Path dir)
      throws Exception {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("untraced.db"));
    List<String> notices = new java.util.ArrayList<>();
    ProgressListener listener =
        new ProgressListener() {
          @Override
          public void onProgress(Progress p) {}

          @Override
          public void onNotice(String message) {
            notices.add(message);
          }
        };
    try (RpcProxy proxy = new RpcProxy(anvil, InternalTransfersAnvilTest::refuseTraces);
        Indexer indexer =
            new Indexer(
                Fixtures.reader(proxy.url(), 5),
                db,
                IndexerConfig.defaults().withTraces(true),
                listener)) {
      Indexer.Result result =
          indexer.index(OptionalLong.empty(), OptionalLong.empty(), () -> false);
      assertThat(result.to()).isEqualTo(anvil.blockNumber());
      assertThat(indexer.traceMethod()).isEqualTo(TraceMethod.NONE);
    }
    assertThat(notices)
        .singleElement()
        .asString()
        .contains("answers neither debug_traceBlockByNumber (callTracer) nor trace_block")
        .doesNotContain("\n");
    assertThat(Fixtures.count(db, "SELECT count(*) FROM transactions")).isPositive();
    assertThat(Fixtures.count(db, "SELECT count(*) FROM internal_transfers")).isZero();
  }

  /** Answers trace requests like a node without trace methods; forwards everything else. */
  private static String refuseTraces(String body) {
    if (!body.contains("debug_traceBlockByNumber") && !body.contains("trace_block")) {
      return null;
    }
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + (id.find() ? id.group(1) : "1")
        + ",\"error\":{\"code\":-32601,\"message\":\"the method does not exist\"}}";
  }

  @Test
  void bothTraceMethodsGiveTheSameTransfers(Anvil anvil) {
    TraceFetcher traces = new TraceFetcher(Fixtures.reader(anvil.rpcUrl(), 5));
    long block = Long.decode(chain.receipt(forwardTx).get("blockNumber").asText());
    List<JsonNode> geth = traces.fetch(List.of(block), TraceMethod.CALL_TRACER);
    List<JsonNode> parity = traces.fetch(List.of(block), TraceMethod.TRACE_BLOCK);
    var a = Traces.parse(TraceMethod.CALL_TRACER, geth.get(0), 1).get(0);
    var b = Traces.parse(TraceMethod.TRACE_BLOCK, parity.get(0), 1).get(0);
    assertThat(b).hasSize(2);
    assertThat(b).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(a);
  }

  private static BigInteger nodeBalance(Anvil anvil, String address) {
    return new BigInteger(
        anvil.call("eth_getBalance", address, "latest").asText().substring(2), 16);
  }
}
