package io.abacus.wallet.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.nonce.FilePendingStore;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.send.Broadcaster;
import io.abacus.wallet.send.SafetyException;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.tx.TransactionCodec;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speeding up and cancelling stuck payout rows on anvil (blocks mined only when the test says): the
 * replacement is written to the journal, and the resumed run records it as the row's transaction
 * without sending anything again or asking about the nonce.
 */
@WithAnvil
class PayoutReplacerAnvilTest {
  private static final BigInteger MILLI = BigInteger.TEN.pow(15);
  @TempDir Path dir;
  private Anvil anvil;

  @AfterEach
  void automine() {
    if (anvil != null) {
      anvil.setAutomine(true);
    }
  }

  @Test
  void aSpedUpRowIsPaidOnceAndACancelledOneNotAtAll(Anvil anvil) throws Exception {
    this.anvil = anvil;
    PrivateKeySigner signer =
        PrivateKeySigner.of(HexBytes.parse(anvil.account(4).privateKeyHex()).toBytes());
    Address paid = Address.parse("0x00000000000000000000000000000000005bed01");
    Address kept = Address.parse("0x00000000000000000000000000000000005bed02");
    List<PayoutItem> items = List.of(item(2, paid, 1), item(3, kept, 2));
    Path file = dir.resolve("j.json");
    PayoutJournal journal = PayoutJournal.create(file, 31337, signer.address(), "test", items);
    NodeClient node = new NodeClient(HttpJsonRpcTransport.of(anvil.rpcUrl()), RetryPolicy.none());
    BigInteger firstNonce = node.transactionCount(signer.address(), "latest");

    // The run signs and broadcasts both rows, which stay pending: it waits, and is stopped.
    anvil.setAutomine(false);
    CountDownLatch broadcast = new CountDownLatch(2);
    AtomicReference<Throwable> stopped = new AtomicReference<>();
    Thread run =
        new Thread(
            () -> {
              try {
                runner(node, journal, broadcast).run(signer);
              } catch (RuntimeException e) {
                stopped.set(e);
              }
            });
    run.start();
    assertThat(broadcast.await(30, TimeUnit.SECONDS)).isTrue();
    run.interrupt();
    run.join(10_000);
    assertThat(stopped.get()).isNotNull(); // stopped while waiting for receipts

    PayoutJournal reopened = PayoutJournal.open(file).orElseThrow();
    JournalRow slow = reopened.row(0);
    JournalRow cancelled = reopened.row(1);
    PayoutReplacer replacer = new PayoutReplacer(node, broadcaster(node), reopened);
    JournalRow faster = replacer.speedUp(replacer.indexOfLine(2), signer);
    JournalRow cancel = replacer.cancel(replacer.indexOfLine(3), signer);

    // Written back: same nonce, new hash and bytes, the replaced hash kept.
    PayoutJournal written = PayoutJournal.open(file).orElseThrow();
    assertThat(written.row(0)).isEqualTo(faster);
    assertThat(faster.nonce()).isEqualTo(slow.nonce());
    assertThat(faster.hash()).isNotEqualTo(slow.hash());
    assertThat(faster.earlierHashes()).containsExactly(slow.hash());
    assertThat(faster.status()).isEqualTo(JournalRow.Status.BROADCAST);
    var before = TransactionCodec.decode(HexBytes.parse(slow.raw()).toBytes()).transaction();
    var after = TransactionCodec.decode(HexBytes.parse(faster.raw()).toBytes()).transaction();
    assertThat(after.maxFeePerGas()).isGreaterThan(before.maxFeePerGas());
    assertThat(written.row(1).cancel()).isTrue();
    assertThat(cancel.earlierHashes()).containsExactly(cancelled.hash());
    assertThat(node.transaction(HexBytes.parse(slow.hash()))).isEmpty();
    assertThatThrownBy(() -> replacer.indexOfLine(9))
        .isInstanceOf(SafetyException.class)
        .hasMessage("the payout has no line 9");

    anvil.mine(1);
    anvil.setAutomine(true);
    PayoutRunner.Summary s =
        runner(
                node,
                written,
                new CountDownLatch(0),
                (row, why) -> {
                  throw new AssertionError("asked about the nonce: " + why);
                })
            .run(signer);
    assertThat(s).isEqualTo(new PayoutRunner.Summary(1, 1, 2));
    assertThat(written.row(0).status()).isEqualTo(JournalRow.Status.CONFIRMED);
    assertThat(written.row(0).hash()).isEqualTo(faster.hash());
    assertThat(written.row(1).status()).isEqualTo(JournalRow.Status.FAILED);
    assertThat(written.row(1).error()).isEqualTo("cancelled: " + kept + " was not paid");
    assertThat(node.balance(paid, "latest")).isEqualTo(MILLI);
    assertThat(node.balance(kept, "latest")).isZero();
    // Nothing was sent again: two nonces used, by the two replacements.
    assertThat(node.transactionCount(signer.address(), "latest"))
        .isEqualTo(firstNonce.add(BigInteger.TWO));
    assertThatThrownBy(
            () -> new PayoutReplacer(node, broadcaster(node), written).speedUp(0, signer))
        .isInstanceOf(SafetyException.class)
        .hasMessage("line 2 is confirmed: nothing to replace");
  }

  private static PayoutItem item(int line, Address to, int milli) {
    return new PayoutItem(
        new PayoutRow(line, to.toString(), "0.00" + milli, "ETH", ""),
        to,
        PayoutAsset.nativeCurrency("ETH", 18),
        MILLI.multiply(BigInteger.valueOf(milli)),
        0);
  }

  private Broadcaster broadcaster(NodeClient node) {
    return new Broadcaster(
        node, new FilePendingStore(dir.resolve("pending.json")), d -> Thread.sleep(d.toMillis()));
  }

  private PayoutRunner runner(NodeClient node, PayoutJournal journal, CountDownLatch broadcast) {
    return runner(node, journal, broadcast, (row, why) -> false);
  }

  private PayoutRunner runner(
      NodeClient node,
      PayoutJournal journal,
      CountDownLatch broadcast,
      PayoutRunner.Decisions decisions) {
    PayoutRunner.Listener listener =
        (index, row) -> {
          if (row.status() == JournalRow.Status.BROADCAST) {
            broadcast.countDown();
          }
        };
    return new PayoutRunner(
        node,
        broadcaster(node),
        journal,
        listener,
        decisions,
        new PayoutRunner.Options(Speed.NORMAL, 16, Duration.ofMillis(100), Duration.ofSeconds(30)),
        d -> Thread.sleep(d.toMillis()));
  }
}
