package io.abacus.explorer.rpc;

import static io.abacus.explorer.rpc.BlockFetcherTest.block;
import static io.abacus.explorer.rpc.BlockFetcherTest.hash;
import static io.abacus.explorer.rpc.BlockFetcherTest.ok;
import static io.abacus.explorer.rpc.BlockFetcherTest.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.explorer.ingest.BlockStream;
import io.abacus.explorer.ingest.ParsedBlock;
import io.abacus.explorer.ingest.TreeBlocks;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RpcException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The indexer's streamed fetch ({@link BlockStream}) against the tree-based one. */
class StreamedFetchTest {
  private static CannedTransport twoBlocks() {
    return new CannedTransport()
        .answer("[" + ok(1, block(1, 3)) + "," + ok(2, block(2, 0)) + "]")
        .answer(
            ok(
                3,
                "["
                    + receipt(1, 0, hash(1))
                    + ","
                    + receipt(1, 1, hash(1))
                    + ","
                    + receipt(1, 2, hash(1))
                    + "]"));
  }

  @Test
  void streamsTheSameBlocksAsTheTreeReadingOfTheSameAnswers() {
    CannedTransport streamed = twoBlocks();
    CannedTransport tree = twoBlocks();

    List<ParsedBlock> got =
        new BlockStream(new BlockFetcher(new JsonRpcClient(streamed, RetryPolicy.none()), 10))
            .fetch(1, 2);
    List<ParsedBlock> expected =
        TreeBlocks.fetch(new JsonRpcClient(tree, RetryPolicy.none()), 1, 2);

    assertThat(got).usingRecursiveComparison().isEqualTo(expected);
    assertThat(got.get(0).transactions()).hasSize(3);
    assertThat(got.get(0).transactions().get(2).transfers()).hasSize(1);
  }

  @Test
  void fallsBackToTransactionReceipts() {
    CannedTransport t =
        new CannedTransport()
            .answer(ok(1, block(1, 2)))
            .answer(
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32601,\"message\":\"the method eth_getBlockReceipts does not exist/is not available\"}}")
            .answer(
                "[" + ok(3, receipt(1, 0, hash(1))) + "," + ok(4, receipt(1, 1, hash(1))) + "]");
    BlockFetcher fetcher = new BlockFetcher(new JsonRpcClient(t, RetryPolicy.none()), 10);

    assertThat(new BlockStream(fetcher).fetch(1, 1).get(0).transactions()).hasSize(2);
    assertThat(fetcher.usesBlockReceipts()).isFalse();
    assertThat(t.requests.get(2)).contains("eth_getTransactionReceipt");
  }

  @Test
  void malformedOrInconsistentAnswersAreClearErrors() {
    String shortHash = block(1, 0).replace(hash(1), "0x" + "ab".repeat(31));
    CannedTransport bad = new CannedTransport().answer(ok(1, shortHash));
    assertThatThrownBy(() -> stream(bad).fetch(1, 1))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.MALFORMED_RESPONSE))
        .hasMessageContaining("malformed block: hash has 31 bytes, not 32");
    CannedTransport moved =
        new CannedTransport()
            .answer(ok(1, block(1, 1)))
            .answer(ok(2, "[" + receipt(1, 0, hash(99)) + "]"));
    assertThatThrownBy(() -> stream(moved).fetch(1, 1))
        .hasMessageContaining("changed while it was read");
    CannedTransport missing = new CannedTransport().answer(ok(1, "null"));
    assertThatThrownBy(() -> stream(missing).fetch(5, 5)).hasMessageContaining("has no block 5");
    CannedTransport truncated =
        new CannedTransport().answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"num");
    assertThatThrownBy(() -> stream(truncated).fetch(1, 1))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.MALFORMED_RESPONSE))
        .hasMessageContaining("garbage");
  }

  @Test
  void aHugeOrGarbageAnswerIsOneClearError() {
    String huge =
        block(1, 1).replace("\"input\":\"0x\"", "\"input\":\"0x" + "ab".repeat(11_000_000) + "\"");
    CannedTransport big = new CannedTransport().answer(ok(1, huge));
    assertThatThrownBy(() -> stream(big).fetch(1, 1))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.MALFORMED_RESPONSE))
        .hasMessageContaining("is not JSON")
        .hasMessageContaining("exceeds the maximum");
    CannedTransport html = new CannedTransport().answer("<html>502 Bad Gateway</html>");
    assertThatThrownBy(() -> stream(html).fetch(1, 1))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.MALFORMED_RESPONSE))
        .hasMessageContaining("is not JSON");
  }

  private static BlockStream stream(CannedTransport t) {
    return new BlockStream(new BlockFetcher(new JsonRpcClient(t, RetryPolicy.none()), 10));
  }
}
