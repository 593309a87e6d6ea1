package io.abacus.wallet.rpc;

import static io.abacus.wallet.rpc.CannedTransport.req;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeClientTest {
  static final Address A = Address.parse("0x3535353535353535353535353535353535353535");
  final List<Duration> sleeps = new ArrayList<>();
  final RetryPolicy retry = new RetryPolicy(3, Duration.ofMillis(100), sleeps::add);

  @Test
  void sendsExactRequestsAndParsesResults() {
    CannedTransport t =
        new CannedTransport()
            .expect(req(1, "eth_chainId", "[]"), "\"0x7a69\"")
            .expect(
                req(
                    2,
                    "eth_getBalance",
                    "[\"0x3535353535353535353535353535353535353535\",\"pending\"]"),
                "\"0xde0b6b3a7640000\"")
            .expect(
                req(
                    3,
                    "eth_estimateGas",
                    "[{\"from\":\"0x3535353535353535353535353535353535353535\",\"to\":\"0x3535353535353535353535353535353535353535\",\"value\":\"0x1\",\"data\":\"0xab\"}]"),
                "\"0x5208\"")
            .expect(
                req(4, "eth_feeHistory", "[\"0xa\",\"latest\",[10,50,90]]"),
                "{\"oldestBlock\":\"0x1\",\"baseFeePerGas\":[\"0x1\",\"0x2\"],\"gasUsedRatio\":[0.5],\"reward\":[[\"0x1\",\"0x2\",\"0x3\"]]}");
    NodeClient node = new NodeClient(t, retry);
    assertThat(node.chainId()).isEqualTo(31337);
    assertThat(node.balance(A, "pending")).isEqualTo(new BigInteger("1000000000000000000"));
    assertThat(node.estimateGas(new CallRequest(A, A, BigInteger.ONE, HexBytes.parse("0xab"))))
        .isEqualTo(BigInteger.valueOf(21000));
    FeeHistory h = node.feeHistory(10, "latest", List.of(10, 50, 90));
    assertThat(h.baseFeePerGas()).containsExactly(BigInteger.ONE, BigInteger.TWO);
    assertThat(h.reward())
        .containsExactly(List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3)));
    assertThat(t.done()).isTrue();
  }

  @Test
  void readsAreRetriedWithBackoffOnTransientErrors() {
    CannedTransport t =
        new CannedTransport()
            .expectRaw(
                req(1, "eth_blockNumber", "[]"),
                () -> {
                  throw new RpcException(RpcException.Kind.TIMEOUT, "slow");
                })
            .expectRaw(
                req(2, "eth_blockNumber", "[]"),
                () -> {
                  throw new RpcException(RpcException.Kind.HTTP_ERROR, "busy", 503, null, null);
                })
            .expect(req(3, "eth_blockNumber", "[]"), "\"0x10\"");
    assertThat(new NodeClient(t, retry).blockNumber()).isEqualTo(BigInteger.valueOf(16));
    assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void readsGiveUpAfterTheLastAttempt() {
    CannedTransport t = new CannedTransport();
    for (int i = 1; i <= 3; i++) {
      t.expectRaw(
          req(i, "eth_chainId", "[]"),
          () -> {
            throw new RpcException(RpcException.Kind.UNREACHABLE, "cannot connect to the node");
          });
    }
    assertThatThrownBy(() -> new NodeClient(t, retry).chainId())
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("cannot connect");
    assertThat(t.sent()).hasSize(3);
  }

  @Test
  void sendRawIsNeverRetried() {
    CannedTransport t =
        new CannedTransport()
            .expectRaw(
                req(1, "eth_sendRawTransaction", "[\"0x01\"]"),
                () -> {
                  throw new RpcException(RpcException.Kind.TIMEOUT, "slow");
                });
    assertThatThrownBy(() -> new NodeClient(t, retry).sendRawTransaction(HexBytes.parse("0x01")))
        .isInstanceOf(RpcException.class);
    assertThat(t.sent()).hasSize(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void garbageAndErrorsAreReportedPrecisely() {
    CannedTransport t =
        new CannedTransport()
            .expectRaw(req(1, "eth_chainId", "[]"), () -> "<html>502 Bad Gateway</html>")
            .expect(req(2, "eth_chainId", "[]"), "\"banana\"")
            .expectRaw(
                req(3, "eth_chainId", "[]"),
                () -> "{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":\"0x1\"}")
            .expectRaw(
                req(
                    4,
                    "eth_call",
                    "[{\"to\":\"0x3535353535353535353535353535353535353535\"},\"latest\"]"),
                () ->
                    "{\"jsonrpc\":\"2.0\",\"id\":4,\"error\":{\"code\":3,\"message\":\"execution reverted\",\"data\":\"0x08c379a0"
                        + "0000000000000000000000000000000000000000000000000000000000000020"
                        + "000000000000000000000000000000000000000000000000000000000000000b"
                        + "6e6f7420616c6c6f776564000000000000000000000000000000000000000000\"}}");
    NodeClient node = new NodeClient(t, retry);
    assertThatThrownBy(node::chainId)
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("is not JSON")
        .extracting(e -> ((RpcException) e).kind())
        .isEqualTo(RpcException.Kind.MALFORMED_RESPONSE);
    assertThatThrownBy(node::chainId)
        .hasMessageContaining("chain id is not a 0x quantity: \"banana\"");
    assertThatThrownBy(node::chainId).hasMessageContaining("has id 99, not 3");
    assertThatThrownBy(() -> node.call(new CallRequest(null, A, null, null), "latest"))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("execution reverted (reason: not allowed)");
    assertThat(sleeps).isEmpty();
  }
}
