package io.abacus.explorer.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.explorer.ingest.BlockStream;
import io.abacus.explorer.ingest.ParsedBlock;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RetryPolicy;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockFetcherTest {
  static String hash(int n) {
    return String.format("0x%064x", n);
  }

  static String block(int n, int txs) {
    String transactions =
        IntStream.range(0, txs)
            .mapToObj(
                i ->
                    "{\"hash\":\""
                        + hash(1000 * n + i)
                        + "\",\"from\":\"0x"
                        + "11".repeat(20)
                        + "\",\"to\":\"0x"
                        + "22".repeat(20)
                        + "\",\"value\":\"0xde0b6b3a7640000\","
                        + "\"nonce\":\"0x"
                        + Integer.toHexString(i)
                        + "\",\"gas\":\"0x5208\",\"gasPrice\":\"0x3b9aca00\","
                        + "\"type\":\"0x2\",\"input\":\"0x\",\"transactionIndex\":\"0x"
                        + Integer.toHexString(i)
                        + "\"}")
            .collect(Collectors.joining(","));
    return "{\"number\":\"0x"
        + Integer.toHexString(n)
        + "\",\"hash\":\""
        + hash(n)
        + "\",\"parentHash\":\""
        + hash(n - 1)
        + "\",\"timestamp\":\"0x65000000\",\"miner\":\"0x"
        + "00".repeat(20)
        + "\",\"gasUsed\":\"0x5208\","
        + "\"gasLimit\":\"0x1c9c380\",\"baseFeePerGas\":\"0x7\",\"transactions\":["
        + transactions
        + "]}";
  }

  static String receipt(int n, int i, String blockHash) {
    return "{\"transactionHash\":\""
        + hash(1000 * n + i)
        + "\",\"blockHash\":\""
        + blockHash
        + "\",\"status\":\"0x1\",\"gasUsed\":\"0x5208\",\"effectiveGasPrice\":\"0x3b9aca07\",\"contractAddress\":null,"
        + "\"logs\":[{\"logIndex\":\"0x"
        + Integer.toHexString(i)
        + "\",\"address\":\"0x"
        + "33".repeat(20)
        + "\",\"topics\":["
        + "\"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef\","
        + "\"0x000000000000000000000000"
        + "11".repeat(20)
        + "\",\"0x000000000000000000000000"
        + "22".repeat(20)
        + "\"],\"data\":\"0x"
        + "00".repeat(31)
        + "05\"}]}";
  }

  static String ok(int id, String result) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + result + "}";
  }

  @Test
  void fetchesBlocksAndBlockReceiptsInBatchesAndParsesThem() {
    CannedTransport t =
        new CannedTransport()
            .answer("[" + ok(1, block(1, 1)) + "," + ok(2, block(2, 0)) + "]")
            .answer(ok(3, "[" + receipt(1, 0, hash(1)) + "]"));
    BlockFetcher reader = new BlockFetcher(new JsonRpcClient(t, RetryPolicy.none()), 10);

    List<ParsedBlock> blocks = new BlockStream(reader).fetch(1, 2);

    assertThat(t.requests)
        .containsExactly(
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getBlockByNumber\",\"params\":[\"0x1\",true]},"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_getBlockByNumber\",\"params\":[\"0x2\",true]}]",
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"eth_getBlockReceipts\",\"params\":[\"0x1\"]}");
    ParsedBlock b = blocks.get(0);
    assertThat(b.number()).isEqualTo(1);
    assertThat(b.baseFee()).isEqualTo(BigInteger.valueOf(7));
    ParsedBlock.Tx tx = b.transactions().get(0);
    assertThat(tx.value()).isEqualTo(BigInteger.TEN.pow(18));
    assertThat(tx.gasPrice()).isEqualTo(BigInteger.valueOf(1_000_000_007L));
    assertThat(tx.status()).isEqualTo(1);
    assertThat(tx.transfers())
        .singleElement()
        .satisfies(
            tt -> {
              assertThat(tt.standard()).isEqualTo(20);
              assertThat(tt.value()).isEqualTo(BigInteger.valueOf(5));
            });
    assertThat(blocks.get(1).transactions()).isEmpty();
  }

  @Test
  void fallsBackToTransactionReceiptsWhenTheNodeLacksBlockReceipts() {
    CannedTransport t =
        new CannedTransport()
            .answer(ok(1, block(1, 2)))
            .answer(
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32601,\"message\":\"the method eth_getBlockReceipts does not exist/is not available\"}}")
            .answer("[" + ok(3, receipt(1, 0, hash(1))) + "," + ok(4, receipt(1, 1, hash(1))) + "]")
            .answer(ok(5, block(2, 1)))
            .answer(ok(6, receipt(2, 0, hash(2))));
    BlockFetcher reader = new BlockFetcher(new JsonRpcClient(t, RetryPolicy.none()), 10);

    assertThat(new BlockStream(reader).fetch(1, 1).get(0).transactions()).hasSize(2);
    assertThat(reader.usesBlockReceipts()).isFalse();
    assertThat(new BlockStream(reader).fetch(2, 2).get(0).transactions()).hasSize(1);
    assertThat(t.requests.get(2))
        .isEqualTo(
            "[{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"eth_getTransactionReceipt\",\"params\":[\""
                + hash(1000)
                + "\"]},"
                + "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"eth_getTransactionReceipt\",\"params\":[\""
                + hash(1001)
                + "\"]}]");
    assertThat(t.requests.get(4))
        .contains("eth_getTransactionReceipt")
        .doesNotContain("eth_getBlockReceipts");
  }

  @Test
  void halvesTheBatchWhenTheNodeRefusesIt() {
    String refused =
        "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"batch limit exceeded\"}}";
    CannedTransport t =
        new CannedTransport()
            .answer(refused)
            .answer("[" + ok(5, block(1, 0)) + "," + ok(6, block(2, 0)) + "]")
            .answer("[" + ok(7, block(3, 0)) + "," + ok(8, block(4, 0)) + "]");
    BlockFetcher reader = new BlockFetcher(new JsonRpcClient(t, RetryPolicy.none()), 4);

    assertThat(new BlockStream(reader).fetch(1, 4))
        .extracting(ParsedBlock::number)
        .containsExactly(1L, 2L, 3L, 4L);
    assertThat(reader.batchSize()).isEqualTo(2);
    assertThat(t.requests).hasSize(3);
  }

  @Test
  void receiptsOfAnotherBlockAreRejected() {
    CannedTransport t =
        new CannedTransport()
            .answer(ok(1, block(1, 1)))
            .answer(ok(2, "[" + receipt(1, 0, hash(99)) + "]"));
    BlockFetcher reader = new BlockFetcher(new JsonRpcClient(t, RetryPolicy.none()), 10);

    assertThatThrownBy(() -> new BlockStream(reader).fetch(1, 1))
        .hasMessageContaining("changed while it was read");
  }

  @Test
  void missingOrMislabelledBlocksAreClearErrors() {
    CannedTransport t = new CannedTransport().answer(ok(1, "null"));
    assertThatThrownBy(
            () ->
                new BlockStream(new BlockFetcher(new JsonRpcClient(t, RetryPolicy.none()), 10))
                    .fetch(5, 5))
        .hasMessageContaining("has no block 5");
    CannedTransport wrong = new CannedTransport().answer(ok(1, block(6, 0)));
    assertThatThrownBy(
            () ->
                new BlockStream(new BlockFetcher(new JsonRpcClient(wrong, RetryPolicy.none()), 10))
                    .fetch(5, 5))
        .hasMessageContaining("sent block 6 when asked for 5");
  }

  @Test
  void readsTheHeadAndABlockHashFromTheBytesAndRefusesGarbageInOneLine() {
    CannedTransport t =
        new CannedTransport()
            .answer(ok(1, "\"0x3e8\""))
            .answer(ok(2, "{\"transactions\":[{\"hash\":\"0xaa\"}],\"hash\":\"" + hash(7) + "\"}"))
            .answer(ok(3, "null"))
            .answer(ok(4, "{\"number\":\"0x7\"}"))
            .answer(ok(5, "42"))
            .answer(ok(6, "\"0xzz\""))
            .answer(ok(7, "{\"hash\":\"0x1"));
    BlockFetcher reader = new BlockFetcher(new JsonRpcClient(t, RetryPolicy.none()), 10);
    assertThat(reader.headNumber()).isEqualTo(1000);
    assertThat(reader.blockHash(7)).isEqualTo(hash(7));
    assertThat(t.requests.get(1))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_getBlockByNumber\",\"params\":[\"0x7\",false]}");
    assertThat(reader.blockHash(8)).isNull();
    assertThat(reader.blockHash(9)).isNull();
    assertThatThrownBy(reader::headNumber)
        .hasMessage("the node at http://canned.test:8545 sent a malformed eth_blockNumber: ''");
    assertThatThrownBy(reader::headNumber)
        .hasMessage("the node at http://canned.test:8545 sent a malformed eth_blockNumber: '0xzz'");
    assertThatThrownBy(() -> reader.blockHash(10))
        .hasMessageStartingWith("the node answered garbage: the answer to eth_getBlockByNumber")
        .hasMessageContaining("ends early");
  }
}
