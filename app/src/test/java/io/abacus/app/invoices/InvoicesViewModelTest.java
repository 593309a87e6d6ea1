package io.abacus.app.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.Testbed;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.InvoiceBook;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.InvoiceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Invoices page's view model on anvil, without a stage. */
@WithAnvil
class InvoicesViewModelTest {
  @TempDir Path data;

  @Test
  void createPayFilterAssignExportAndCancel(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    InvoiceAlerts alerts = new InvoiceAlerts();
    InvoicesViewModel m =
        new InvoicesViewModel(
            t.ctx,
            InvoiceBook.inDataDirectory(data),
            data,
            () -> t.settings.get().invoicing(),
            alerts,
            t.i18n,
            Clock.systemUTC());
    m.refresh();
    assertThat(m.assets()).isNotEmpty();
    assertThat(m.form().assetProperty().get().isNative()).isTrue();
    m.form().amountProperty().set("1");
    m.form().customerProperty().set("Acme Ltd");
    m.create();
    assertThat(m.errorProperty().get()).isEmpty();
    assertThat(m.messageProperty().get()).contains("1.000001");
    assertThat(m.rows())
        .singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(InvoiceStatus.OPEN));
    assertThat(m.selectedProperty().get()).isNotNull();
    assertThat(m.uri()).contains("value=1.000001e18");

    pay(anvil, 3, t.account().toString(), "1.000001");
    m.sync();
    assertThat(m.errorProperty().get()).isEmpty();
    assertThat(m.rows().get(0).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(alerts.paidProperty().get()).isEqualTo(1);
    assertThat(m.totals())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.open()).isEqualTo("0");
              assertThat(x.paidThisMonth()).isEqualTo("1.000001");
            });

    m.filter().statusProperty().set(InvoiceStatus.OPEN);
    assertThat(m.rows()).isEmpty();
    m.filter().statusProperty().set(null);
    m.filter().customerProperty().set("acme");
    assertThat(m.rows()).hasSize(1);
    m.filter().customerProperty().set("nobody");
    assertThat(m.rows()).isEmpty();
    m.filter().customerProperty().set("");

    m.form().amountProperty().set("2");
    m.form().customerProperty().set("Bolt");
    m.create();
    pay(anvil, 4, t.account().toString(), "0.5");
    m.sync();
    assertThat(m.unassigned()).hasSize(1);
    InvoiceState bolt = find(m, "INV-0002");
    m.selectedProperty().set(bolt);
    m.assign(m.unassigned().get(0));
    assertThat(m.unassigned()).isEmpty();
    InvoiceState partial = m.selectedProperty().get();
    assertThat(partial.status()).isEqualTo(InvoiceStatus.PARTIAL);
    assertThat(partial.payments().get(0).byHand()).isTrue();
    assertThat(m.uri()).contains("value=1.500001e18");

    Path csv = data.resolve("ar.csv");
    m.exportCsv(csv);
    assertThat(Files.readAllLines(csv)).hasSize(3);

    m.cancelSelected();
    assertThat(find(m, "INV-0002").status()).isEqualTo(InvoiceStatus.CANCELLED);
    alerts.seen();
    assertThat(alerts.paidProperty().get()).isZero();
  }

  private static InvoiceState find(InvoicesViewModel m, String id) {
    return m.rows().stream().filter(s -> s.invoice().id().equals(id)).findFirst().orElseThrow();
  }

  private static void pay(Anvil anvil, int from, String to, String ether) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", anvil.account(from).address());
    tx.put("to", to);
    tx.put("value", Quantities.toHex(Quantities.parseEther(ether)));
    Testbed.awaitReceipt(anvil, anvil.call("eth_sendTransaction", tx).asText());
  }
}
