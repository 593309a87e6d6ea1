package io.abacus.wallet.send;

import static io.abacus.wallet.rpc.CannedTransport.req;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.nonce.InMemoryPendingStore;
import io.abacus.wallet.rpc.CannedTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.tx.LegacyTransaction;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.TransactionSigner;
import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A lost answer to eth_sendRawTransaction is never silently re-sent. */
class BroadcasterTest {
  static SignedTransaction signed() {
    try (PrivateKeySigner k = PrivateKeySigner.of(HexFormat.of().parseHex("46".repeat(32)))) {
      return TransactionSigner.sign(
          new LegacyTransaction(
              1,
              BigInteger.valueOf(9),
              BigInteger.ONE,
              BigInteger.valueOf(21000),
              Address.parse("0x3535353535353535353535353535353535353535"),
              BigInteger.ONE,
              null),
          k);
    }
  }

  @Test
  void timeoutThenUnknownHashIsReportedNotResent() {
    SignedTransaction s = signed();
    CannedTransport t =
        new CannedTransport()
            .expect(req(1, "eth_chainId", "[]"), "\"0x1\"")
            .expectRaw(
                req(2, "eth_sendRawTransaction", "[\"" + s.raw().toHex() + "\"]"),
                () -> {
                  throw new RpcException(
                      RpcException.Kind.TIMEOUT, "the node did not answer within 30 s");
                })
            .expect(req(3, "eth_getTransactionByHash", "[\"" + s.hash().toHex() + "\"]"), "null");
    InMemoryPendingStore pending = new InMemoryPendingStore();
    Broadcaster b = new Broadcaster(new NodeClient(t, RetryPolicy.none()), pending, d -> {});
    assertThatThrownBy(() -> b.broadcast(s))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining(
            "it is not known whether the node accepted " + s.hash() + " (not resent)");
    assertThat(t.done()).isTrue();
    assertThat(pending.all()).isEmpty();
  }

  @Test
  void timeoutThenKnownHashCountsAsSent() {
    SignedTransaction s = signed();
    CannedTransport t =
        new CannedTransport()
            .expect(req(1, "eth_chainId", "[]"), "\"0x1\"")
            .expectRaw(
                req(2, "eth_sendRawTransaction", "[\"" + s.raw().toHex() + "\"]"),
                () -> {
                  throw new RpcException(RpcException.Kind.TIMEOUT, "slow");
                })
            .expect(
                req(3, "eth_getTransactionByHash", "[\"" + s.hash().toHex() + "\"]"),
                "{\"hash\":\""
                    + s.hash()
                    + "\",\"from\":\""
                    + s.from().toLowerHex()
                    + "\",\"to\":null,\"nonce\":\"0x9\",\"value\":\"0x1\",\"gas\":\"0x5208\",\"input\":\"0x\",\"blockNumber\":null}");
    InMemoryPendingStore pending = new InMemoryPendingStore();
    Broadcaster b = new Broadcaster(new NodeClient(t, RetryPolicy.none()), pending, d -> {});
    assertThat(b.broadcast(s)).isEqualTo(s.hash());
    assertThat(pending.all()).hasSize(1);
  }

  @Test
  void wrongChainIsRefusedBeforeSending() {
    SignedTransaction s = signed();
    CannedTransport t = new CannedTransport().expect(req(1, "eth_chainId", "[]"), "\"0x5\"");
    Broadcaster b =
        new Broadcaster(new NodeClient(t, RetryPolicy.none()), new InMemoryPendingStore(), d -> {});
    assertThatThrownBy(() -> b.broadcast(s))
        .isInstanceOf(SafetyException.class)
        .hasMessageStartingWith("refusing to broadcast: the node at ")
        .hasMessageContaining("is on chain id 5 but the transaction is for chain id 1");
    assertThat(t.sent()).hasSize(1);
  }
}
