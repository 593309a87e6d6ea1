package io.abacus.app.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.payments.Testbed;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.ui.RecentFolder;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.payout.PayoutRunner;
import io.abacus.wallet.rpc.NodeClient;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Payouts page's model on anvil, without a stage: import a file with an invalid row, fix it and
 * import again, see the totals, pay, leave and come back mid-run, see it finish and export.
 */
@WithAnvil
class PayoutsViewModelTest {
  @TempDir Path data;
  private final ExecutorService ui = Executors.newSingleThreadExecutor();
  private final ExecutorService workers = Executors.newSingleThreadExecutor();
  private Anvil anvil;

  @AfterEach
  void stop() {
    if (anvil != null) {
      anvil.setAutomine(true);
    }
    workers.shutdownNow();
    ui.shutdownNow();
  }

  @Test
  void importFixReviewPayReopenMidRunAndExport(Anvil anvil) throws Exception {
    this.anvil = anvil;
    Testbed t = Testbed.on(data, anvil);
    Address alice = Address.parse(anvil.account(7).address());
    Address bob = Address.parse("0x00000000000000000000000000000000000b0b01");
    Address carol = Address.parse("0x00000000000000000000000000000000000ca201");
    Address dmd = Testbed.deployToken(anvil, anvil.account(0), t.account(), BigInteger.TEN.pow(24));
    t.addressBook.put(new Contact(alice, "Alice", ""));
    PayoutsPages pages =
        new PayoutsPages(
            withExecutor(t.ctx),
            data,
            RecentFolder.forThisRun(),
            new PayoutRunner.Options(
                Speed.NORMAL, 16, Duration.ofMillis(100), Duration.ofMinutes(1)));
    PayoutRun m = pages.model(t.i18n);
    BigInteger aliceBefore = Testbed.client(anvil).balance(alice, "latest");

    Path csv = data.resolve("wages.csv");
    Files.writeString(
        csv,
        "to,amount,asset,reference\n"
            + "Alice,0.25,ETH,wage 1\n"
            + bob
            + ",0.5,ETH,wage 2\n"
            + "Nobody,3,"
            + dmd
            + ",bonus\n");
    onUi(
        () -> {
          m.importFile(csv);
          return null;
        });
    await(() -> m.stageProperty().get() == PayoutRun.Stage.REVIEW);
    List<PayoutLine> review = onUi(() -> List.copyOf(m.lines()));
    assertThat(review).extracting(PayoutLine::state).containsExactly("ready", "ready", "error");
    assertThat(review.get(2).detail()).contains("Nobody");
    assertThat(onUi(m::canPay)).isFalse();
    assertThat(onUi(() -> m.messageProperty().get())).contains("Fix the file");

    Files.writeString(csv, Files.readString(csv).replace("Nobody", carol.toString()));
    onUi(
        () -> {
          m.reimport();
          return null;
        });
    await(() -> m.lines().stream().allMatch(l -> l.state().equals("ready")));
    assertThat(onUi(() -> m.totalsProperty().get()))
        .contains("3 of 3 rows")
        .contains("0.75 ETH")
        .contains("3 DMD");
    assertThat(onUi(m::canPay)).isTrue();

    anvil.setAutomine(false);
    onUi(
        () -> {
          m.pay(Testbed.password());
          return null;
        });
    await(() -> m.lines().stream().allMatch(l -> l.state().equals("broadcast")));
    // Leaving the page and coming back: the page gets the same run, still running.
    PayoutRun again = pages.model(t.i18n);
    assertThat(again).isSameAs(m);
    assertThat(onUi(() -> again.stageProperty().get())).isEqualTo(PayoutRun.Stage.RUNNING);
    assertThat(onUi(() -> again.lines().get(0).detail())).startsWith("0x");

    anvil.mine(1);
    await(() -> again.stageProperty().get() == PayoutRun.Stage.DONE);
    assertThat(onUi(() -> List.copyOf(again.lines())))
        .extracting(PayoutLine::state)
        .containsOnly("confirmed");
    assertThat(onUi(() -> again.messageProperty().get())).isEqualTo("3 paid, 0 failed, of 3 rows.");
    NodeClient node = Testbed.client(anvil);
    assertThat(node.balance(alice, "latest").subtract(aliceBefore))
        .isEqualTo(new BigInteger("250000000000000000"));
    assertThat(node.balance(bob, "latest")).isEqualTo(new BigInteger("500000000000000000"));
    assertThat(Testbed.tokenBalance(anvil, dmd, carol))
        .isEqualTo(BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(3)));

    Path out = data.resolve("result.csv");
    onUi(
        () -> {
          again.export(out);
          return null;
        });
    await(() -> Files.exists(out));
    List<String> result = Files.readAllLines(out);
    assertThat(result).hasSize(4);
    assertThat(result.get(1)).startsWith("Alice,0.25,ETH,wage 1,").contains(",confirmed,");

    // Activity groups the payout's transactions under one label.
    assertThat(t.ctx.journal().of(t.account().toString(), anvil.chainId())).hasSize(3);
    assertThat(t.ctx.notes().all().values())
        .extracting(n -> n.label())
        .containsOnly("Payout wages.csv (3 rows)");

    // Importing the paid file again shows its finished run instead of paying twice.
    onUi(
        () -> {
          m.importFile(csv);
          return null;
        });
    await(() -> m.stageProperty().get() == PayoutRun.Stage.DONE);
    assertThat(onUi(m::canPay)).isFalse();
  }

  @Test
  void offersTheMultiSendWithBothFeesAndPaysThroughIt(Anvil anvil) throws Exception {
    this.anvil = anvil;
    Testbed t = Testbed.on(data, anvil);
    Address dmd = Testbed.deployToken(anvil, anvil.account(0), t.account(), BigInteger.TEN.pow(24));
    Address contract =
        Address.parse(
            io.abacus.testkit.Contracts.deploy(
                anvil,
                anvil.account(1),
                new io.abacus.testkit.Contracts.Artifact(
                    "MultiSend", "[]", io.abacus.app.sandbox.MultiSendContract.bytecode()),
                ""));
    Address bob = Address.parse("0x00000000000000000000000000000000000b0b02");
    Address carol = Address.parse("0x00000000000000000000000000000000000ca202");
    Path csv = data.resolve("batch.csv");
    Files.writeString(
        csv,
        "to,amount,asset\n"
            + bob
            + ",0.5,ETH\n"
            + carol
            + ",0.25,ETH\n"
            + carol
            + ",3,"
            + dmd
            + "\n");
    PayoutRunner.Options fast =
        new PayoutRunner.Options(Speed.NORMAL, 16, Duration.ofMillis(100), Duration.ofMinutes(1));
    PaymentsContext ctx = withExecutor(t.ctx);

    PayoutRun unknown = new PayoutsPages(ctx, data, RecentFolder.forThisRun(), fast).model(t.i18n);
    onUi(
        () -> {
          unknown.importFile(csv);
          return null;
        });
    await(() -> unknown.stageProperty().get() == PayoutRun.Stage.REVIEW);
    assertThat(onUi(() -> unknown.mode().availableProperty().get())).isFalse();
    assertThat(onUi(() -> unknown.mode().reasonProperty().get()))
        .isEqualTo("No multi-send contract is known for this network.");
    assertThat(onUi(() -> unknown.mode().multiSendTextProperty().get()))
        .as("no placeholder fee without a contract")
        .isEqualTo("One transaction for all ETH rows, one per token");

    PayoutRun m =
        new PayoutsPages(
                ctx,
                data,
                RecentFolder.forThisRun(),
                fast,
                network -> java.util.Optional.of(contract))
            .model(t.i18n);
    onUi(
        () -> {
          m.importFile(csv);
          return null;
        });
    await(() -> m.stageProperty().get() == PayoutRun.Stage.REVIEW);
    PayoutMode mode = m.mode();
    assertThat(onUi(() -> mode.availableProperty().get())).isTrue();
    assertThat(onUi(() -> mode.multiSendProperty().get())).as("separate by default").isFalse();
    assertThat(onUi(() -> mode.separateTextProperty().get()))
        .startsWith("Separate transactions (simplest to audit) · fee up to ")
        .endsWith(" ETH");
    assertThat(onUi(() -> mode.multiSendTextProperty().get()))
        .startsWith("One transaction for all ETH rows, one per token · fee up to ")
        .endsWith(" ETH in 3 transactions");
    assertThat(onUi(() -> mode.reasonProperty().get())).isEmpty();

    onUi(
        () -> {
          mode.multiSendProperty().set(true);
          m.pay(Testbed.password());
          return null;
        });
    await(() -> m.stageProperty().get() == PayoutRun.Stage.DONE);
    List<PayoutLine> done = onUi(() -> List.copyOf(m.lines()));
    assertThat(done).extracting(PayoutLine::state).containsOnly("confirmed");
    assertThat(done.get(0).detail()).startsWith("batch 0: 0x");
    assertThat(done.get(1).detail()).isEqualTo(done.get(0).detail());
    assertThat(done.get(2).detail()).startsWith("batch 2: 0x");
    NodeClient node = Testbed.client(anvil);
    assertThat(node.balance(bob, "latest")).isEqualTo(new BigInteger("500000000000000000"));
    assertThat(node.balance(carol, "latest")).isEqualTo(new BigInteger("250000000000000000"));
    assertThat(Testbed.tokenBalance(anvil, dmd, carol))
        .isEqualTo(BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(3)));
  }

  private PaymentsContext withExecutor(PaymentsContext c) {
    return new PaymentsContext(
        c.node(),
        c.session(),
        c.addressBook(),
        new TaskExecutor(workers, ui),
        c.journal(),
        c.notes(),
        c.requests(),
        c.tokens(),
        c.history(),
        c.followTimeout());
  }

  /** Runs {@code read} on the model's UI thread (where its callbacks run) and returns its value. */
  private <T> T onUi(Supplier<T> read) throws Exception {
    return ui.submit(read::get).get(30, TimeUnit.SECONDS);
  }

  private void await(Supplier<Boolean> condition) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!onUi(condition)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(50);
    }
  }
}
