package io.abacus.explorer.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRpcClientTest {
  private final List<Duration> waits = new ArrayList<>();
  private final RetryPolicy noWait =
      new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), waits::add);

  @Test
  void sendsExactJsonAndReadsTheResult() {
    CannedTransport t =
        new CannedTransport().answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x7a69\"}");
    JsonRpcClient client = new JsonRpcClient(t, noWait);

    assertThat(client.call("eth_chainId").asText()).isEqualTo("0x7a69");
    assertThat(t.requests)
        .containsExactly("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}");
  }

  @Test
  void batchesKeepRequestOrderEvenWhenTheNodeReorders() {
    CannedTransport t =
        new CannedTransport()
            .answer(
                "[{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":\"b\"},{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"a\"}]");
    JsonRpcClient client = new JsonRpcClient(t, noWait);

    var results =
        client.batch(
            List.of(
                JsonRpcClient.Call.of("eth_getBlockByNumber", "0x1", true),
                JsonRpcClient.Call.of("eth_getBlockByNumber", "0x2", true)));

    assertThat(results).extracting(n -> n.asText()).containsExactly("a", "b");
    assertThat(t.requests)
        .containsExactly(
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getBlockByNumber\",\"params\":[\"0x1\",true]},"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_getBlockByNumber\",\"params\":[\"0x2\",true]}]");
  }

  @Test
  void retriesTransportFailuresWithGrowingBackoff() {
    CannedTransport t =
        new CannedTransport()
            .fail(new IOException("connection reset"))
            .fail(new HttpTimeoutException("timed out"))
            .answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x10\"}");

    assertThat(new JsonRpcClient(t, noWait).call("eth_blockNumber").asText()).isEqualTo("0x10");
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void timeoutsEndInAClearError() {
    CannedTransport t = new CannedTransport();
    for (int i = 0; i < 3; i++) {
      t.fail(new HttpTimeoutException("request timed out"));
    }
    assertThatThrownBy(() -> new JsonRpcClient(t, noWait).call("eth_blockNumber"))
        .isInstanceOfSatisfying(
            RpcException.class, e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.TIMEOUT))
        .hasMessageContaining("did not answer eth_blockNumber in time");
    assertThat(t.requests).hasSize(3);
  }

  @Test
  void malformedJsonIsReportedAsMalformed() {
    CannedTransport t = new CannedTransport();
    for (int i = 0; i < 3; i++) {
      t.answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":");
    }
    assertThatThrownBy(() -> new JsonRpcClient(t, noWait).call("eth_blockNumber"))
        .isInstanceOfSatisfying(
            RpcException.class, e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.MALFORMED))
        .hasMessageContaining("malformed answer to eth_blockNumber");
  }

  @Test
  void answersWithoutResultOrWithAnotherIdAreRejected() {
    CannedTransport t = new CannedTransport().answer("{\"jsonrpc\":\"2.0\",\"id\":1}");
    assertThatThrownBy(() -> new JsonRpcClient(t, RetryPolicy.none()).call("eth_blockNumber"))
        .hasMessageContaining("neither result nor error");
    CannedTransport other =
        new CannedTransport().answer("{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":\"0x1\"}");
    assertThatThrownBy(() -> new JsonRpcClient(other, RetryPolicy.none()).call("eth_blockNumber"))
        .hasMessageContaining("another request id");
  }

  @Test
  void nodeErrorsCarryTheirCodeAndAreNotRetried() {
    CannedTransport t =
        new CannedTransport()
            .answer(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"Method not found\"}}");
    assertThatThrownBy(() -> new JsonRpcClient(t, noWait).call("eth_getBlockReceipts", "0x1"))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> {
              assertThat(e.code()).isEqualTo(-32601);
              assertThat(e.isMethodNotFound()).isTrue();
            });
    assertThat(t.requests).hasSize(1);
  }

  @Test
  void aBatchRefusedAsAWholeIsBatchTooLarge() {
    CannedTransport t =
        new CannedTransport()
            .answer(
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32005,\"message\":\"batch too large\"}}");
    assertThatThrownBy(
            () ->
                new JsonRpcClient(t, noWait)
                    .batch(List.of(JsonRpcClient.Call.of("a"), JsonRpcClient.Call.of("b"))))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.BATCH_TOO_LARGE));
  }

  @Test
  void authHeaderValueNeverPrints() {
    HttpRpcTransport.Header h = HttpRpcTransport.Header.parse("Authorization: Bearer s3cret");
    assertThat(h.name()).isEqualTo("Authorization");
    assertThat(h.value()).isEqualTo("Bearer s3cret");
    assertThat(h.toString()).doesNotContain("s3cret");
  }
}
