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
import io.abacus.wallet.rpc.JsonRpcTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.send.Broadcaster;
import io.abacus.wallet.signing.PrivateKeySigner;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner on anvil: a node that goes down mid-run (the run pauses with a clear message and goes
 * on, or stops and resumes), and a row whose nonce another transaction took.
 */
@WithAnvil
class PayoutRunnerAnvilTest {
  @TempDir Path dir;
  final AtomicBoolean down = new AtomicBoolean();
  final List<String> events = new CopyOnWriteArrayList<>();

  /** The node's transport, refusing every request while {@link #down} is set. */
  JsonRpcTransport switchable(Anvil anvil) {
    JsonRpcTransport http = HttpJsonRpcTransport.of(anvil.rpcUrl());
    return new JsonRpcTransport() {
      @Override
      public String send(String requestJson) {
        if (down.get()) {
          throw new RpcException(RpcException.Kind.UNREACHABLE, "connection refused by the test");
        }
        return http.send(requestJson);
      }

      @Override
      public String endpoint() {
        return http.endpoint();
      }
    };
  }

  List<PayoutItem> items(int n, String seed) {
    List<PayoutItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] h = PayoutJournal.sha256((seed + i).getBytes()).substring(0, 40).getBytes();
      Address to = Address.parse("0x" + new String(h));
      items.add(
          new PayoutItem(
              new PayoutRow(i + 2, to.toString(), "0.00" + (i + 1), "ETH", ""),
              to,
              PayoutAsset.nativeCurrency("ETH", 18),
              BigInteger.valueOf(i + 1).multiply(BigInteger.TEN.pow(15)),
              0));
    }
    return items;
  }

  PayoutRunner runner(Anvil anvil, PayoutJournal journal, Duration maxPause, Runnable onBroadcast) {
    return runner(anvil, journal, maxPause, onBroadcast, (row, why) -> false);
  }

  PayoutRunner runner(
      Anvil anvil,
      PayoutJournal journal,
      Duration maxPause,
      Runnable onBroadcast,
      PayoutRunner.Decisions decisions) {
    NodeClient node = new NodeClient(switchable(anvil), RetryPolicy.none());
    Broadcaster broadcaster =
        new Broadcaster(
            node,
            new FilePendingStore(dir.resolve("pending.json")),
            d -> Thread.sleep(d.toMillis()));
    PayoutRunner.Listener listener =
        new PayoutRunner.Listener() {
          @Override
          public void row(int index, JournalRow row) {
            if (index == 2 && row.status() == JournalRow.Status.BROADCAST) {
              onBroadcast.run();
            }
          }

          @Override
          public void paused(String message) {
            events.add("paused: " + message);
          }

          @Override
          public void resumed() {
            events.add("resumed");
          }
        };
    return new PayoutRunner(
        node,
        broadcaster,
        journal,
        listener,
        decisions,
        new PayoutRunner.Options(Speed.NORMAL, 3, Duration.ofMillis(100), maxPause),
        d -> Thread.sleep(d.toMillis()));
  }

  PrivateKeySigner payer(Anvil anvil) {
    return PrivateKeySigner.of(HexBytes.parse(anvil.account(0).privateKeyHex()).toBytes());
  }

  void assertPaidOnce(Anvil anvil, List<PayoutItem> items) {
    NodeClient node = new NodeClient(HttpJsonRpcTransport.of(anvil.rpcUrl()), RetryPolicy.none());
    for (PayoutItem i : items) {
      assertThat(node.balance(i.to(), "latest")).as(i.to().toString()).isEqualTo(i.units());
    }
  }

  @Test
  void pausesWhileTheNodeIsDownAndGoesOn(Anvil anvil) throws Exception {
    List<PayoutItem> items = items(8, "down");
    PrivateKeySigner signer = payer(anvil);
    PayoutJournal journal =
        PayoutJournal.create(dir.resolve("j.json"), 31337, signer.address(), "test", items);
    Runnable outage =
        () -> {
          down.set(true);
          new Thread(
                  () -> {
                    try {
                      Thread.sleep(1500);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    down.set(false);
                  })
              .start();
        };
    PayoutRunner.Summary s = runner(anvil, journal, Duration.ofSeconds(60), outage).run(signer);
    assertThat(s.paid()).isEqualTo(8);
    assertThat(events).hasSize(2);
    assertThat(events.get(0))
        .startsWith("paused: the node does not answer")
        .contains("connection refused");
    assertThat(events.get(1)).isEqualTo("resumed");
    assertPaidOnce(anvil, items);
  }

  @Test
  void stopsWithAClearMessageAfterTheLongestPauseAndResumes(Anvil anvil) throws Exception {
    List<PayoutItem> items = items(8, "gone");
    PrivateKeySigner signer = payer(anvil);
    Path file = dir.resolve("j2.json");
    PayoutJournal journal = PayoutJournal.create(file, 31337, signer.address(), "test", items);
    assertThatThrownBy(
            () -> runner(anvil, journal, Duration.ofMillis(500), () -> down.set(true)).run(signer))
        .isInstanceOf(PayoutStoppedException.class)
        .hasMessageContaining("the node has not answered for")
        .hasMessageContaining("run again to resume");
    PayoutJournal reopened = PayoutJournal.open(file).orElseThrow();
    assertThat(reopened.rows()).extracting(JournalRow::status).contains(JournalRow.Status.PLANNED);
    down.set(false);
    PayoutRunner.Summary s = runner(anvil, reopened, Duration.ofSeconds(5), () -> {}).run(signer);
    assertThat(s.paid()).isEqualTo(8);
    assertPaidOnce(anvil, items);
    assertThat(Optional.of(reopened.rows().get(7).status())).contains(JournalRow.Status.CONFIRMED);
  }

  @Test
  void aRowWhoseNonceAnotherTransactionTookIsRePlannedOnlyAfterAsking(Anvil anvil)
      throws Exception {
    PrivateKeySigner signer =
        PrivateKeySigner.of(HexBytes.parse(anvil.account(3).privateKeyHex()).toBytes());
    List<PayoutItem> items = items(3, "taken");
    Path file = dir.resolve("j3.json");
    PayoutJournal journal = PayoutJournal.create(file, 31337, signer.address(), "test", items);
    NodeClient node = new NodeClient(HttpJsonRpcTransport.of(anvil.rpcUrl()), RetryPolicy.none());
    BigInteger nonce = node.transactionCount(signer.address(), "pending");
    // Signed and recorded, then (say) a crash before the broadcast ...
    var tx =
        io.abacus.wallet.send.TransactionDrafts.of(
            31337,
            nonce,
            new io.abacus.wallet.fees.FeeOracle(node).suggest(Speed.NORMAL),
            BigInteger.valueOf(21_000),
            items.get(0).to(),
            items.get(0).units(),
            HexBytes.EMPTY);
    var signed = io.abacus.wallet.tx.TransactionSigner.sign(tx, signer);
    journal.update(0, journal.row(0).signed(nonce.longValueExact(), signed.hash(), signed.raw()));
    // ... and another wallet app uses the nonce.
    java.util.Map<String, Object> other = new java.util.LinkedHashMap<>();
    other.put("from", signer.address().toString());
    other.put("to", signer.address().toString());
    other.put("value", "0x0");
    other.put("nonce", "0x" + nonce.toString(16));
    anvil.call("eth_sendTransaction", other);

    List<String> asked = new ArrayList<>();
    assertThatThrownBy(
            () ->
                runner(
                        anvil,
                        journal,
                        Duration.ofSeconds(5),
                        () -> {},
                        (row, why) -> asked.add(why) && false)
                    .run(signer))
        .isInstanceOf(PayoutStoppedException.class)
        .hasMessageContaining("nonce " + nonce + " was used by another transaction");
    assertThat(asked).hasSize(1);
    assertThat(PayoutJournal.open(file).orElseThrow().row(0).status())
        .isEqualTo(JournalRow.Status.SIGNED);

    PayoutJournal reopened = PayoutJournal.open(file).orElseThrow();
    PayoutRunner.Summary s =
        runner(anvil, reopened, Duration.ofSeconds(5), () -> {}, (row, why) -> true).run(signer);
    assertThat(s.paid()).isEqualTo(3);
    assertThat(reopened.row(0).earlierHashes()).contains(signed.hash().toHex());
    assertThat(reopened.row(0).hash()).isNotEqualTo(signed.hash().toHex());
    assertPaidOnce(anvil, items);
  }

  @Test
  void aRevertedBatchFailsAllItsRowsAndIsNotSentAgain(Anvil anvil) throws Exception {
    PrivateKeySigner signer =
        PrivateKeySigner.of(HexBytes.parse(anvil.account(4).privateKeyHex()).toBytes());
    String bytecode =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                io.abacus.testkit.ProjectPaths.root()
                    .resolve("resources/contracts/MultiSend.json")
                    .toFile())
            .get("bytecode")
            .asText();
    Address contract =
        Address.parse(
            io.abacus.testkit.Contracts.deploy(
                anvil,
                anvil.account(4),
                new io.abacus.testkit.Contracts.Artifact("MultiSend", "[]", bytecode),
                ""));
    List<PayoutItem> items = items(2, "reverted");
    Path file = dir.resolve("batch.json");
    PayoutJournal journal =
        PayoutJournal.createMultiSend(
            file, 31337, signer.address(), "test", items, contract, java.util.Set.of());
    NodeClient node = new NodeClient(HttpJsonRpcTransport.of(anvil.rpcUrl()), RetryPolicy.none());
    BigInteger nonce = node.transactionCount(signer.address(), "pending");
    // The batch signed with one wei too much (the contract reverts), then a crash before the send.
    var call = PayoutTransactions.call(journal, -1);
    var tx =
        io.abacus.wallet.send.TransactionDrafts.of(
            31337,
            nonce,
            new io.abacus.wallet.fees.FeeOracle(node).suggest(Speed.NORMAL),
            BigInteger.valueOf(200_000),
            call.to(),
            call.value().add(BigInteger.ONE),
            call.data());
    var signed = io.abacus.wallet.tx.TransactionSigner.sign(tx, signer);
    journal.write(
        -1, journal.entry(-1).signed(nonce.longValueExact(), signed.hash(), signed.raw()));
    assertThat(journal.row(1).status()).isEqualTo(JournalRow.Status.SIGNED);

    PayoutRunner.Summary s = runner(anvil, journal, Duration.ofSeconds(5), () -> {}).run(signer);
    assertThat(s.failed()).isEqualTo(2);
    assertThat(s.paid()).isZero();
    PayoutJournal read = PayoutJournal.open(file).orElseThrow();
    assertThat(read.rows()).allMatch(r -> r.status() == JournalRow.Status.FAILED);
    assertThat(read.rows()).allMatch(r -> r.hash().equals(signed.hash().toHex()));
    assertThat(read.batch(0).status()).isEqualTo(JournalRow.Status.FAILED);
    assertThat(new BigInteger(read.row(0).fee())).isPositive();
    assertThat(read.row(1).fee()).isEqualTo("0");

    BigInteger used = node.transactionCount(signer.address(), "latest");
    PayoutRunner.Summary again = runner(anvil, read, Duration.ofSeconds(5), () -> {}).run(signer);
    assertThat(again.failed()).isEqualTo(2);
    assertThat(node.transactionCount(signer.address(), "latest")).as("not retried").isEqualTo(used);
    for (PayoutItem i : items) {
      assertThat(node.balance(i.to(), "latest")).isZero();
    }
  }
}
