package io.abacus.app.payments.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.SpreadsheetSafe;
import io.abacus.app.payments.Testbed;
import io.abacus.app.payments.send.PendingPayments;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.csv.Csv;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Activity with blocks mined only on request: pending, speed up, cancel, notes, CSV. */
@WithAnvil(automine = false)
class ActivityViewModelTest {
  static final String BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  @TempDir Path data;

  @Test
  void pendingPaymentIsSpedUpThenTheReplacementConfirms(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    String slow = PendingPayments.sendPending(t, "0.25");
    ActivityViewModel a = new ActivityViewModel(t.ctx, t.i18n);
    a.refresh();
    ActivityItem item = find(a, slow);
    assertThat(item.status()).isEqualTo(ActivityItem.Status.PENDING);
    assertThat(item.replaceable()).isTrue();
    assertThat(item.direction()).isEqualTo(ActivityItem.Direction.OUT);
    assertThat(item.amount()).isEqualTo("0.25");

    a.selectedProperty().set(item);
    char[] wrong = "nope".toCharArray();
    a.speedUp(wrong);
    assertThat(a.errorProperty().get()).isEqualTo(t.i18n.get("payments.error.wrongPassword"));
    a.errorProperty().set("");
    a.speedUp(Testbed.password());
    assertThat(a.errorProperty().get()).isEmpty();
    assertThat(a.messageProperty().get()).startsWith("Sped up");
    anvil.mine(1);
    a.refresh();
    assertThat(find(a, slow).status()).isEqualTo(ActivityItem.Status.REPLACED);
    ActivityItem fast =
        a.items().stream().filter(i -> !i.hash().equals(slow)).findFirst().orElseThrow();
    assertThat(fast.status()).isEqualTo(ActivityItem.Status.CONFIRMED);
    assertThat(fast.confirmations()).isEqualTo(1);
    assertThat(fast.sent().replaces()).isEqualTo(slow);
    assertThat(fast.fee()).isNotEmpty();
    assertThat(fast.replaceable()).isFalse();
  }

  @Test
  void cancelReplacesThePaymentWithASelfTransfer(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    String slow = PendingPayments.sendPending(t, "0.5");
    ActivityViewModel a = new ActivityViewModel(t.ctx, t.i18n);
    a.refresh();
    a.selectedProperty().set(find(a, slow));
    a.cancelTransaction(Testbed.password());
    assertThat(a.errorProperty().get()).isEmpty();
    anvil.mine(1);
    a.refresh();
    assertThat(find(a, slow).status()).isEqualTo(ActivityItem.Status.REPLACED);
    ActivityItem cancel =
        a.items().stream().filter(i -> !i.hash().equals(slow)).findFirst().orElseThrow();
    assertThat(cancel.direction()).isEqualTo(ActivityItem.Direction.SELF);
    assertThat(cancel.amount()).isEqualTo("0");
    assertThat(cancel.status()).isEqualTo(ActivityItem.Status.CONFIRMED);
    a.selectedProperty().set(cancel);
    a.speedUp(Testbed.password());
    assertThat(a.errorProperty().get()).isEqualTo(t.i18n.get("activity.error.notReplaceable"));
  }

  @Test
  void notesAreKeptAndTheCsvHasOneExactRowPerTransaction(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    t.addressBook.put(
        new io.abacus.wallet.contacts.Contact(
            io.abacus.wallet.address.Address.parse(BOB), "Bob, \"the baker\"", ""));
    String hash = PendingPayments.sendPending(t, "0.000000000000000123");
    anvil.mine(1);
    ActivityViewModel a = new ActivityViewModel(t.ctx, t.i18n);
    a.refresh();
    a.selectedProperty().set(find(a, hash));
    a.labelProperty().set("supplies");
    a.noteProperty().set("flour, March\nsecond line");
    a.saveNote();
    ActivityViewModel reopened = new ActivityViewModel(t.ctx, t.i18n);
    reopened.refresh();
    ActivityItem item = find(reopened, hash);
    assertThat(item.label()).isEqualTo("supplies");
    assertThat(item.note()).isEqualTo("flour, March\nsecond line");
    assertThat(item.counterpartyLabel()).isEqualTo("Bob, \"the baker\"");
    // Issue 13: the table shows the saved label and note, and the fee with its unit.
    assertThat(ActivityViewModel.annotation(item)).isEqualTo("supplies · flour, March second line");
    assertThat(reopened.feeText(item)).matches("(≈ )?0\\.\\d+ ETH");

    Path csv = data.resolve("out/activity.csv");
    reopened.exportPathProperty().set(csv.toString());
    reopened.exportCsv();
    assertThat(reopened.errorProperty().get()).isEmpty();
    String text = Files.readString(csv);
    assertThat(text).contains("\r\n");
    SpreadsheetSafe.assertSafe(csv);
    List<List<String>> rows = Csv.read(new StringReader(text));
    assertThat(rows.get(0)).isEqualTo(ActivityCsv.HEADER);
    assertThat(rows).hasSize(2);
    List<String> row = rows.get(1);
    assertThat(row.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(row.subList(1, 6))
        .containsExactly("out", BOB, "Bob, \"the baker\"", "ETH", "0.000000000000000123");
    assertThat(row.get(6)).matches("0\\.\\d+");
    assertThat(row.subList(7, 11))
        .containsExactly(hash, "confirmed", "supplies", "flour, March\nsecond line");
  }

  @Test
  void theExportFolderIsRememberedForTheNextPageAndStartsAtHome(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    String hash = PendingPayments.sendPending(t, "0.1");
    anvil.mine(1);
    io.abacus.app.ui.RecentFolder folders = io.abacus.app.ui.RecentFolder.in(data);
    ActivityViewModel a = new ActivityViewModel(t.ctx, t.i18n, folders);
    assertThat(a.exportPathProperty().get())
        .isEqualTo(
            Path.of(System.getProperty("user.home"), ActivityViewModel.EXPORT_NAME).toString());
    a.refresh();
    assertThat(find(a, hash)).isNotNull();
    Path csv = Files.createDirectories(data.resolve("exports")).resolve("march.csv");
    a.exportPathProperty().set(csv.toString());
    a.exportCsv();
    assertThat(a.errorProperty().get()).isEmpty();
    // A language switch rebuilds the page with a new model, which reads the same data folder.
    ActivityViewModel afterSwitch =
        new ActivityViewModel(
            t.ctx,
            new io.abacus.app.i18n.I18n(java.util.Locale.SIMPLIFIED_CHINESE),
            io.abacus.app.ui.RecentFolder.in(data));
    assertThat(afterSwitch.exportPathProperty().get())
        .isEqualTo(data.resolve("exports").resolve(ActivityViewModel.EXPORT_NAME).toString());
  }

  static ActivityItem find(ActivityViewModel a, String hash) {
    return a.items().stream().filter(i -> i.hash().equals(hash)).findFirst().orElseThrow();
  }
}
