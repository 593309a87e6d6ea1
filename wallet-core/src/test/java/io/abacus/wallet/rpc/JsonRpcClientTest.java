package io.abacus.wallet.rpc;

import static io.abacus.wallet.rpc.CannedTransport.req;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canned JSON: batches, retries of safe calls only, node errors and refused batches. */
class JsonRpcClientTest {
  private final List<Duration> waits = new ArrayList<>();
  private final RetryPolicy threeTries = new RetryPolicy(3, Duration.ofMillis(100), waits::add);

  private static String batchOf(String... requests) {
    return "[" + String.join(",", requests) + "]";
  }

  @Test
  void batchesKeepRequestOrderEvenWhenTheNodeReorders() {
    CannedTransport t =
        new CannedTransport()
            .expectRaw(
                batchOf(
                    req(1, "eth_getBlockByNumber", "[\"0x1\",true]"),
                    req(2, "eth_getBlockByNumber", "[\"0x2\",true]")),
                () ->
                    "[{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":\"b\"},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"a\"}]");
    List<JsonNode> results =
        new JsonRpcClient(t, threeTries)
            .batch(
                List.of(
                    JsonRpcClient.Call.of("eth_getBlockByNumber", "0x1", true),
                    JsonRpcClient.Call.of("eth_getBlockByNumber", "0x2", true)));
    assertThat(results).extracting(JsonNode::asText).containsExactly("a", "b");
    assertThat(t.done()).isTrue();
  }

  @Test
  void requestsAreWrittenAsATreeWouldWriteThem() {
    java.util.Map<String, Object> filter = new java.util.LinkedHashMap<>();
    filter.put("address", "0xab");
    filter.put("topics", java.util.Arrays.asList(null, "0x\"q\""));
    List<Object> params =
        java.util.Arrays.asList(
            "a\u00e9\n",
            "\u0000\u001f\b\t\f\r\\/\u2028\ud83d\ude00\u007f",
            true,
            7L,
            3,
            filter,
            java.util.List.of(1, "x"),
            java.math.BigInteger.TEN);
    String asTree =
        new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(params).toString();
    CannedTransport t =
        new CannedTransport()
            .expectRaw(
                batchOf(req(1, "m", asTree), req(2, "n", "[]")),
                () ->
                    "[{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":1},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":2}]");
    List<JsonNode> results =
        new JsonRpcClient(t, threeTries)
            .batch(List.of(new JsonRpcClient.Call("m", params), JsonRpcClient.Call.of("n")));
    assertThat(results).extracting(JsonNode::asInt).containsExactly(1, 2);
    assertThat(t.done()).isTrue();
  }

  @Test
  void safeCallsAreRetriedWithGrowingBackoffUpToTheCap() {
    RetryPolicy capped =
        new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(300), waits::add);
    CannedTransport t = new CannedTransport();
    for (int i = 1; i <= 3; i++) {
      t.expectRaw(
          req(i, "eth_blockNumber", "[]"),
          () -> {
            throw new RpcException(RpcException.Kind.UNREACHABLE, "connection reset");
          });
    }
    t.expect(req(4, "eth_blockNumber", "[]"), "\"0x10\"");
    assertThat(new JsonRpcClient(t, capped).call("eth_blockNumber").asText()).isEqualTo("0x10");
    assertThat(waits)
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
  }

  @Test
  void refusedCredentialsAndStateChangingCallsAreNeverRetried() {
    CannedTransport t =
        new CannedTransport()
            .expectRaw(
                req(1, "eth_chainId", "[]"),
                () -> {
                  throw new RpcException(
                      RpcException.Kind.AUTH_REFUSED, "HTTP 401", 401, null, null);
                })
            .expectRaw(
                req(2, "anvil_mine", "[]"),
                () -> {
                  throw new RpcException(RpcException.Kind.TIMEOUT, "slow");
                });
    JsonRpcClient client = new JsonRpcClient(t, threeTries);
    assertThatThrownBy(() -> client.call("eth_chainId")).hasMessageContaining("HTTP 401");
    assertThatThrownBy(() -> client.call("anvil_mine")).hasMessageContaining("slow");
    assertThat(t.sent()).hasSize(2);
    assertThat(waits).isEmpty();
    assertThat(RetryPolicy.isSafeToRepeat("eth_getLogs")).isTrue();
    assertThat(RetryPolicy.isSafeToRepeat("eth_sendRawTransaction")).isFalse();
    assertThat(RetryPolicy.isSafeToRepeat("eth_sendTransaction")).isFalse();
  }

  @Test
  void nodeErrorsCarryTheirCodeAndAreNotRetried() {
    CannedTransport t =
        new CannedTransport()
            .expectRaw(
                req(1, "eth_getBlockReceipts", "[\"0x1\"]"),
                () ->
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"Method not found\"}}");
    assertThatThrownBy(() -> new JsonRpcClient(t, threeTries).call("eth_getBlockReceipts", "0x1"))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RpcException.Kind.NODE_ERROR);
              assertThat(e.code()).isEqualTo(-32601);
              assertThat(e.isMethodNotFound()).isTrue();
            });
    assertThat(waits).isEmpty();
  }

  @Test
  void streamedBatchesReadEachResultInCallOrderAndFailLikeTreeBatches() {
    CannedTransport t =
        new CannedTransport()
            .expectRaw(
                batchOf(
                    req(1, "eth_getBlockByNumber", "[\"0x1\",true]"),
                    req(2, "eth_getBlockByNumber", "[\"0x2\",true]")),
                () ->
                    "[{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":null},"
                        + "{\"result\":{\"n\":[1,{\"x\":2}]},\"jsonrpc\":\"2.0\",\"id\":1}]")
            .expectRaw(
                batchOf(
                    req(3, "eth_getBlockReceipts", "[\"0x1\"]"),
                    req(4, "eth_getBlockReceipts", "[\"0x2\"]")),
                () ->
                    "[{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":[]},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":4,\"error\":{\"code\":-32601,\"message\":\"no such method\"}}]")
            .expectRaw(
                req(5, "eth_blockNumber", "[]"),
                () -> "{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":\"0x10\"}");
    JsonRpcClient client = new JsonRpcClient(t, threeTries);
    JsonRpcClient.ResultReader<String> tree = JsonCursor::rawValue;

    List<String> blocks =
        client.batchStreamed(
            List.of(
                JsonRpcClient.Call.of("eth_getBlockByNumber", "0x1", true),
                JsonRpcClient.Call.of("eth_getBlockByNumber", "0x2", true)),
            in ->
                new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in.rawValue())
                    .toString());
    assertThat(blocks).containsExactly("{\"n\":[1,{\"x\":2}]}", null);
    assertThatThrownBy(
            () ->
                client.batchStreamed(
                    List.of(
                        JsonRpcClient.Call.of("eth_getBlockReceipts", "0x1"),
                        JsonRpcClient.Call.of("eth_getBlockReceipts", "0x2")),
                    tree))
        .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.isMethodNotFound()).isTrue());
    assertThat(
            client.batchStreamed(
                List.of(JsonRpcClient.Call.of("eth_blockNumber")), in -> in.hexLong("n")))
        .containsExactly(16L);
    assertThat(t.done()).isTrue();
  }

  @Test
  void aBatchRefusedAsAWholeIsBatchTooLarge() {
    CannedTransport t =
        new CannedTransport()
            .expectRaw(
                batchOf(req(1, "eth_blockNumber", "[]"), req(2, "eth_chainId", "[]")),
                () ->
                    "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32005,\"message\":\"batch too large\"}}");
    assertThatThrownBy(
            () ->
                new JsonRpcClient(t, threeTries)
                    .batch(
                        List.of(
                            JsonRpcClient.Call.of("eth_blockNumber"),
                            JsonRpcClient.Call.of("eth_chainId"))))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.BATCH_TOO_LARGE))
        .hasMessageContaining("refused a batch of 2");
  }

  @Test
  void aConnectionChecksTheChainOnceAndNamesBothIds() {
    CannedTransport t =
        new CannedTransport()
            .expect(req(1, "eth_chainId", "[]"), "\"0x7a69\"")
            .expect(req(2, "eth_blockNumber", "[]"), "\"0x1\"");
    NodeConnection right = new NodeConnection(new JsonRpcClient(t, threeTries), 31337, "Sandbox");
    right.requireChain();
    assertThat(right.checkedNodeClient().blockNumber()).isEqualTo(1);
    assertThat(t.done()).isTrue();

    CannedTransport other = new CannedTransport().expect(req(1, "eth_chainId", "[]"), "\"0x1092\"");
    assertThatThrownBy(
            () ->
                new NodeConnection(new JsonRpcClient(other, threeTries), 1, "Mainnet")
                    .requireChain())
        .isInstanceOfSatisfying(
            RpcException.class, e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.WRONG_CHAIN))
        .hasMessageContaining("serves chain id 4242")
        .hasMessageContaining("not chain id 1 (Mainnet)");
  }

  @Test
  void smallCallsAreReadFromTheBytesWithoutAMapperAndFailInOneLine() throws Exception {
    CannedTransport t =
        new CannedTransport()
            .expect(req(1, "eth_chainId", "[]"), "\"0x7a69\"")
            .expect(req(2, "eth_chainId", "[]"), "null")
            .expect(req(3, "eth_chainId", "[]"), "{\"id\":1}")
            .expect(req(4, "eth_chainId", "[]"), "\"0x" + "f".repeat(20) + "\"")
            .expect(req(5, "eth_chainId", "[]"), "\"0x" + "7".repeat(100_000) + "\"")
            .expectRaw(
                req(6, "eth_chainId", "[]"), () -> "{\"jsonrpc\":\"2.0\",\"id\":6,\"result\":\"0x1")
            .expectRaw(
                req(7, "eth_chainId", "[]"),
                () -> "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":null,\"result\":\"0x1\"}");
    JsonRpcClient client = new JsonRpcClient(t, threeTries);
    assertThat(NodeConnection.chainIdOf(client)).isEqualTo(31337);
    java.lang.reflect.Field mapper = JsonRpcClient.class.getDeclaredField("mapper");
    mapper.setAccessible(true);
    assertThat(mapper.get(client)).as("no object mapper for eth_chainId").isNull();
    assertThatThrownBy(() -> NodeConnection.chainIdOf(client))
        .hasMessage("the node answered garbage: chain id is not a 0x quantity: null");
    assertThatThrownBy(() -> NodeConnection.chainIdOf(client))
        .hasMessage("the node answered garbage: chain id is not a 0x quantity: {\"id\":1}");
    assertThatThrownBy(() -> NodeConnection.chainIdOf(client))
        .hasMessage(
            "the node answered garbage: chain id 1208925819614629174706175 is out of range");
    assertThatThrownBy(() -> NodeConnection.chainIdOf(client))
        .hasMessageStartingWith("the node answered garbage: chain id is not a 0x quantity: \"0x777")
        .hasMessageEndingWith("...")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    assertThatThrownBy(() -> NodeConnection.chainIdOf(client))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.MALFORMED_RESPONSE))
        .hasMessageContaining("is not JSON: the answer ends early");
    assertThat(NodeConnection.chainIdOf(client)).isEqualTo(1);
    assertThat(t.done()).isTrue();
    assertThat(waits).isEmpty();
  }

  @Test
  void eachCallOfABatchGetsItsResultOrItsOwnErrorReadFromTheBytes() {
    String revert =
        "\"0x08c379a0"
            + "0000000000000000000000000000000000000000000000000000000000000020"
            + "000000000000000000000000000000000000000000000000000000000000000b"
            + "6e6f7420616c6c6f776564000000000000000000000000000000000000000000\"";
    CannedTransport t =
        new CannedTransport()
            .expectRaw(
                batchOf(
                    req(1, "eth_call", "[]"),
                    req(2, "eth_call", "[]"),
                    req(3, "eth_call", "[]"),
                    req(4, "eth_call", "[]")),
                () ->
                    "[{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"a\":1}},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x01\"},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":3,\"message\":\"execution reverted\",\"data\":"
                        + revert
                        + "}},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":4,\"error\":{\"code\":\"x\",\"message\":[1],\"data\":{\"k\":2}}}]")
            .expectRaw(
                batchOf(req(5, "eth_call", "[]"), req(6, "eth_call", "[]")),
                () ->
                    "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32005,\"message\":\"too many\"}}")
            .expectRaw(
                batchOf(req(7, "eth_call", "[]"), req(8, "eth_call", "[]")),
                () -> "[{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":1,\"message\":\"m\"");
    JsonRpcClient client = new JsonRpcClient(t, threeTries);
    List<JsonRpcClient.Call> four =
        java.util.Collections.nCopies(4, JsonRpcClient.Call.of("eth_call"));
    List<JsonRpcClient.Answer<String>> answers = client.batchEach(four, JsonCursor::stringOrNull);
    assertThat(answers.get(0).result()).isEqualTo("0x01");
    assertThat(answers.get(1).failed()).isTrue();
    assertThat(answers.get(1).error())
        .hasMessage("the node rejected eth_call: execution reverted (reason: not allowed)")
        .satisfies(e -> assertThat(e.code()).isEqualTo(3));
    assertThat(answers.get(2).failed()).isFalse();
    assertThat(answers.get(2).result()).as("an object where text was wanted").isNull();
    assertThat(answers.get(3).error())
        .hasMessage("the node rejected eth_call: [1]")
        .satisfies(e -> assertThat(e.data()).isEqualTo("{\"k\":2}"));
    List<JsonRpcClient.Call> two = four.subList(0, 2);
    assertThatThrownBy(() -> client.batchEach(two, JsonCursor::stringOrNull))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.BATCH_TOO_LARGE))
        .hasMessage("the node refused a batch of 2: too many");
    assertThatThrownBy(() -> client.batchEach(two, JsonCursor::stringOrNull))
        .hasMessageContaining("is not JSON: the answer ends early");
    assertThat(t.done()).isTrue();
  }
}
