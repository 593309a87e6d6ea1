package io.abacus.app.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.Testbed;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.InvoiceBook;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.InvoiceStatus;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Invoices page's own syncing (while unlocked, with the confirmations of Settings, quiet when
 * the node is away), its line items and its customer from the address book; no stage.
 */
@WithAnvil
class InvoicesPageSyncTest {
  @TempDir Path data;

  @Test
  void lineItemsAndACustomerFromTheAddressBookThenPaidWithoutCheckPayments(Anvil anvil)
      throws Exception {
    Testbed t = Testbed.on(data, anvil);
    Address acme = Address.parse(anvil.account(3).address());
    t.addressBook.put(new Contact(acme, "Acme Ltd", ""));
    InvoiceAlerts alerts = new InvoiceAlerts();
    InvoicesViewModel m = model(t, alerts);
    m.refresh();
    assertThat(m.form().contacts()).extracting(Contact::name).containsExactly("Acme Ltd");

    m.form().customerProperty().set("Acme Ltd");
    assertThat(m.form().payerProperty().get()).isEqualTo(acme.toString());
    m.form().customerProperty().set("Walk-in customer"); // free text stays possible
    m.form().itemDescriptionProperty().set("Design");
    m.form().itemQuantityProperty().set("x");
    m.form().itemPriceProperty().set("0.25");
    m.addItem();
    assertThat(m.errorProperty().get()).contains("quantity");
    assertThat(m.form().items()).isEmpty();
    m.form().itemQuantityProperty().set("2");
    m.addItem();
    m.form().itemDescriptionProperty().set("Hosting");
    m.form().itemPriceProperty().set("0.1");
    m.addItem();
    assertThat(m.errorProperty().get()).isEmpty();
    m.form().amountProperty().set("1");
    m.create();
    assertThat(m.errorProperty().get()).contains("not the sum of the line items, 0.6");
    m.form().amountProperty().set("");
    m.create();
    assertThat(m.errorProperty().get()).isEmpty();
    InvoiceState made = m.rows().get(0);
    assertThat(made.invoice().lineItems()).hasSize(2);
    assertThat(made.invoice().customer()).isEqualTo("Walk-in customer");
    assertThat(Quantities.formatEther(made.invoice().amount())).isEqualTo("0.600001");
    assertThat(m.form().items()).isEmpty();

    t.settings.update(s -> s.withInvoicing(s.invoicing().withConfirmations(2)));
    pay(anvil, 3, t.account().toString(), "0.600001");
    m.autoSync();
    assertThat(m.rows().get(0).status()).isEqualTo(InvoiceStatus.OPEN); // 1 of 2 confirmations
    anvil.call("evm_mine");

    t.session.lock();
    m.autoSync(); // locked: the page does not sync by itself
    assertThat(m.rows().get(0).status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(alerts.paidProperty().get()).isZero();

    t.session.unlocked(t.vault.open("shop", Testbed.password()));
    m.autoSync();
    assertThat(m.rows().get(0).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(alerts.paidProperty().get()).isEqualTo(1);
    m.autoSync(); // counted once
    assertThat(alerts.paidProperty().get()).isEqualTo(1);

    Network away =
        new Network(
            "away",
            "Away",
            anvil.chainId(),
            "http://127.0.0.1:9",
            "ETH",
            18,
            null,
            Network.Kind.CUSTOM,
            true);
    t.settings.update(s -> s.withNetwork(away).withSelectedNetwork("away"));
    m.autoSync();
    assertThat(m.errorProperty().get()).isEmpty(); // tried again next time, no error
    m.sync();
    assertThat(m.errorProperty().get()).isNotEmpty(); // "Check payments" says why
  }

  private InvoicesViewModel model(Testbed t, InvoiceAlerts alerts) {
    return new InvoicesViewModel(
        t.ctx,
        InvoiceBook.inDataDirectory(data),
        data,
        () -> t.settings.get().invoicing(),
        alerts,
        t.i18n,
        Clock.systemUTC());
  }

  private static void pay(Anvil anvil, int from, String to, String ether) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", anvil.account(from).address());
    tx.put("to", to);
    tx.put("value", Quantities.toHex(Quantities.parseEther(ether)));
    Testbed.awaitReceipt(anvil, anvil.call("eth_sendTransaction", tx).asText());
  }
}
