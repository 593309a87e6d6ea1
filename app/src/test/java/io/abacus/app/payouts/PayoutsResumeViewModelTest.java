package io.abacus.app.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.Testbed;
import io.abacus.app.ui.RecentFolder;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.fees.FeeOracle;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutJournal;
import io.abacus.wallet.payout.PayoutRunner;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.send.TransactionDrafts;
import io.abacus.wallet.tx.Transaction;
import io.abacus.wallet.tx.TransactionCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Payouts page's model when a run is stopped and resumed: the question it asks when a row's
 * nonce went to another transaction, the fee preset, and stopping mid-run.
 */
@WithAnvil
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PayoutsResumeViewModelTest {
  private static final BigInteger TENTH = new BigInteger("100000000000000000");
  @TempDir Path data;
  private final ModelThreads threads = new ModelThreads();
  private Anvil anvil;

  @AfterEach
  void stop() {
    if (anvil != null) {
      anvil.setAutomine(true);
    }
    threads.close();
  }

  @Test
  void aTakenNonceIsAskedAboutNoStopsYesReplansAndPaysOnce(Anvil anvil) throws Exception {
    this.anvil = anvil;
    Testbed t = Testbed.on(data, anvil);
    Address dave = Address.parse("0x00000000000000000000000000000000000d0d01");
    Address erin = Address.parse("0x00000000000000000000000000000000000e7101");
    PayoutRun m = model(t, 16);
    review(m, "to,amount,asset\n" + dave + ",0.1,ETH\n" + erin + ",0.2,ETH\n");

    anvil.setAutomine(false);
    threads.act(() -> m.pay(Testbed.password()));
    threads.await(() -> m.lines().stream().allMatch(l -> l.state().equals("broadcast")));
    threads.act(m::cancel);
    threads.await(() -> m.stageProperty().get() == PayoutRun.Stage.STOPPED);

    // Something else takes row 1's nonce: its transaction is dropped, another one mined instead.
    JournalRow first = m.journal().row(0);
    anvil.call("anvil_dropTransaction", first.hash());
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("from", t.account().toString());
    other.put("to", t.account().toString());
    other.put("value", "0x0");
    other.put("nonce", "0x" + Long.toHexString(first.nonce()));
    anvil.call("eth_sendTransaction", other);
    anvil.mine(1);

    threads.act(() -> m.pay(Testbed.password()));
    threads.await(() -> !m.questionProperty().get().isEmpty());
    assertThat(threads.onUi(() -> m.questionProperty().get()))
        .startsWith("Line 2: nonce " + first.nonce() + " was used by another transaction.")
        .contains("Re-plan the remaining rows with new nonces?");
    threads.act(() -> m.answer(false));
    threads.await(() -> m.stageProperty().get() == PayoutRun.Stage.STOPPED);
    assertThat(threads.onUi(() -> m.messageProperty().get())).contains("not re-planned");
    assertThat(m.journal().row(0).hash()).isEqualTo(first.hash());
    assertThat(m.journal().row(0).status()).isEqualTo(first.status()); // nothing re-planned

    threads.act(() -> m.pay(Testbed.password()));
    threads.await(() -> !m.questionProperty().get().isEmpty());
    anvil.setAutomine(true);
    threads.act(() -> m.answer(true));
    threads.await(() -> m.stageProperty().get() == PayoutRun.Stage.DONE);
    assertThat(threads.onUi(() -> m.questionProperty().get())).isEmpty();
    assertThat(threads.onUi(() -> m.messageProperty().get()))
        .isEqualTo("2 paid, 0 failed, of 2 rows.");
    JournalRow replanned = m.journal().row(0);
    assertThat(replanned.earlierHashes()).contains(first.hash());
    assertThat(replanned.nonce()).isGreaterThan(first.nonce());
    NodeClient node = Testbed.client(anvil);
    assertThat(node.balance(dave, "latest")).isEqualTo(TENTH);
    assertThat(node.balance(erin, "latest")).isEqualTo(TENTH.add(TENTH));
  }

  @Test
  @Order(1) // on a fresh chain, whose empty blocks make the presets' tips differ
  void theFeePresetPricesTheReviewAndTheRunAndAStoppedRunResumesPayingEachOnce(Anvil anvil)
      throws Exception {
    this.anvil = anvil;
    Testbed t = Testbed.on(data, anvil);
    List<Address> to =
        List.of(
            Address.parse("0x00000000000000000000000000000000005f0001"),
            Address.parse("0x00000000000000000000000000000000005f0002"),
            Address.parse("0x00000000000000000000000000000000005f0003"),
            Address.parse("0x00000000000000000000000000000000005f0004"));
    PayoutRun m = model(t, 2);
    StringBuilder csv = new StringBuilder("to,amount,asset\n");
    to.forEach(a -> csv.append(a).append(",0.1,ETH\n"));
    anvil.setAutomine(false); // nothing is mined until the test says
    review(m, csv.toString());
    threads.act(() -> m.speedProperty().set(Speed.SLOW));
    threads.await(() -> m.stageProperty().get() == PayoutRun.Stage.REVIEW);
    String slow = threads.onUi(() -> m.totalsProperty().get());
    threads.act(() -> m.speedProperty().set(Speed.FAST));
    threads.await(
        () ->
            m.stageProperty().get() == PayoutRun.Stage.REVIEW
                && !m.totalsProperty().get().equals(slow));
    assertThat(fee(threads.onUi(() -> m.totalsProperty().get()))).isGreaterThan(fee(slow));

    NodeClient node = Testbed.client(anvil);
    BigInteger startNonce = node.transactionCount(t.account(), "latest");
    Fees fast = new FeeOracle(node).suggest(Speed.FAST);
    threads.act(() -> m.pay(Testbed.password()));
    // Two in flight at most: two rows wait for receipts, two are not signed yet; then Stop.
    threads.await(
        () ->
            m.lines().stream().filter(l -> l.state().equals("broadcast")).count() == 2
                && m.lines().stream().filter(l -> l.state().equals("planned")).count() == 2);
    threads.act(m::cancel);
    threads.await(() -> m.stageProperty().get() == PayoutRun.Stage.STOPPED);
    assertThat(threads.onUi(() -> m.messageProperty().get())).startsWith("Stopped.");

    // The journal on disk is the page's: rows 1-2 sent with consecutive nonces, 3-4 never signed.
    PayoutJournal onDisk = PayoutJournal.open(m.journal().file()).orElseThrow();
    assertThat(onDisk.rows()).isEqualTo(m.journal().rows());
    assertThat(onDisk.rows())
        .extracting(JournalRow::status)
        .containsExactly(
            JournalRow.Status.BROADCAST,
            JournalRow.Status.BROADCAST,
            JournalRow.Status.PLANNED,
            JournalRow.Status.PLANNED);
    assertThat(onDisk.rows().subList(0, 2))
        .extracting(JournalRow::nonce)
        .containsExactly(startNonce.longValueExact(), startNonce.longValueExact() + 1);
    Transaction sent =
        TransactionCodec.decode(HexBytes.parse(onDisk.row(0).raw()).toBytes()).transaction();
    assertThat(TransactionDrafts.feesOf(sent)).isEqualTo(fast);

    anvil.mine(1);
    anvil.setAutomine(true);
    threads.act(() -> m.pay(Testbed.password()));
    threads.await(() -> m.stageProperty().get() == PayoutRun.Stage.DONE);
    assertThat(threads.onUi(() -> m.messageProperty().get()))
        .isEqualTo("4 paid, 0 failed, of 4 rows.");
    for (Address a : to) {
      assertThat(node.balance(a, "latest")).as(a.toString()).isEqualTo(TENTH);
    }
    assertThat(node.transactionCount(t.account(), "latest"))
        .isEqualTo(startNonce.add(BigInteger.valueOf(4)));
  }

  @Test
  void aStuckRowIsSpedUpFromThePageAndTheResumedRunWaitsForTheReplacement(Anvil anvil)
      throws Exception {
    this.anvil = anvil;
    Testbed t = Testbed.on(data, anvil);
    Address frank = Address.parse("0x00000000000000000000000000000000000f7a01");
    PayoutRun m = model(t, 16);
    review(m, "to,amount,asset\n" + frank + ",0.1,ETH\n");
    threads.act(() -> m.replace(2, false, Testbed.password()));
    assertThat(threads.onUi(() -> m.messageProperty().get())).startsWith("Stop the run first");

    NodeClient node = Testbed.client(anvil);
    BigInteger startNonce = node.transactionCount(t.account(), "latest");
    anvil.setAutomine(false);
    threads.act(() -> m.pay(Testbed.password()));
    threads.await(() -> m.lines().stream().allMatch(l -> l.state().equals("broadcast")));
    threads.act(m::cancel);
    threads.await(() -> m.stageProperty().get() == PayoutRun.Stage.STOPPED);
    JournalRow stuck = m.journal().row(0);

    threads.act(() -> m.replace(2, false, Testbed.password()));
    threads.await(() -> m.messageProperty().get().contains("sped up"));
    assertThat(threads.onUi(() -> m.stageProperty().get())).isEqualTo(PayoutRun.Stage.STOPPED);
    JournalRow faster = PayoutJournal.open(m.journal().file()).orElseThrow().row(0);
    assertThat(faster.nonce()).isEqualTo(stuck.nonce());
    assertThat(faster.earlierHashes()).containsExactly(stuck.hash());
    assertThat(threads.onUi(() -> m.lines().get(0).detail())).isEqualTo(faster.hash());

    anvil.mine(1);
    anvil.setAutomine(true);
    threads.act(() -> m.pay(Testbed.password()));
    threads.await(() -> m.stageProperty().get() == PayoutRun.Stage.DONE);
    assertThat(m.journal().row(0).hash()).isEqualTo(faster.hash());
    assertThat(threads.onUi(() -> m.questionProperty().get())).isEmpty();
    assertThat(node.balance(frank, "latest")).isEqualTo(TENTH);
    assertThat(node.transactionCount(t.account(), "latest"))
        .isEqualTo(startNonce.add(BigInteger.ONE));
  }

  /** The fee in the review's summary ("... fee up to 0.000123 ETH ..."). */
  private static BigDecimal fee(String totals) {
    Matcher f = Pattern.compile("fee up to ([0-9.]+) ").matcher(totals);
    assertThat(f.find()).as(totals).isTrue();
    return new BigDecimal(f.group(1));
  }

  private PayoutRun model(Testbed t, int inFlight) {
    PayoutsPages pages =
        new PayoutsPages(
            threads.withExecutor(t.ctx),
            data,
            RecentFolder.forThisRun(),
            new PayoutRunner.Options(
                Speed.NORMAL, inFlight, Duration.ofMillis(100), Duration.ofMinutes(1)));
    return pages.model(t.i18n);
  }

  /** Imports {@code csv} and waits for its review, which must be payable. */
  private void review(PayoutRun m, String csv) throws Exception {
    Path file = data.resolve("payout.csv");
    Files.writeString(file, csv);
    threads.act(() -> m.importFile(file));
    threads.await(() -> m.stageProperty().get() == PayoutRun.Stage.REVIEW);
    assertThat(threads.onUi(m::canPay)).isTrue();
  }
}
