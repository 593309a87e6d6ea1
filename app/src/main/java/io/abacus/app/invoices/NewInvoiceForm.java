package io.abacus.app.invoices;

import io.abacus.app.payments.Asset;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceDraft;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the user enters on the Invoices page for a new invoice. */
public final class NewInvoiceForm {
  private final ObjectProperty<Asset> asset = new SimpleObjectProperty<>();
  private final StringProperty amount = new SimpleStringProperty("");
  private final StringProperty customer = new SimpleStringProperty("");
  private final StringProperty payer = new SimpleStringProperty("");
  private final StringProperty reference = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();

  public ObjectProperty<Asset> assetProperty() {
    return asset;
  }

  public StringProperty amountProperty() {
    return amount;
  }

  public StringProperty customerProperty() {
    return customer;
  }

  public StringProperty payerProperty() {
    return payer;
  }

  public StringProperty referenceProperty() {
    return reference;
  }

  public ObjectProperty<LocalDate> dueProperty() {
    return due;
  }

  /**
   * The draft of an invoice to {@code payTo} on {@code chainId}, made at block {@code head}.
   *
   * @throws IllegalArgumentException for a bad amount, payer or due date
   */
  InvoiceDraft draft(long chainId, Address payTo, LocalDate issued, long head) {
    Asset a = asset.get();
    String p = payer.get() == null ? "" : payer.get().strip();
    return new InvoiceDraft(
        chainId,
        payTo.toLowerHex(),
        a.isNative() ? Invoice.ETH : a.token().toLowerHex(),
        a.symbol(),
        a.decimals(),
        a.parse(amount.get() == null ? "" : amount.get()),
        customer.get(),
        p.isEmpty() ? null : Address.parse(p).toLowerHex(),
        reference.get(),
        issued,
        due.get(),
        List.of(),
        head);
  }
}
