package io.abacus.app.invoices;

import io.abacus.app.payments.Asset;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceDraft;
import io.abacus.wallet.invoice.LineItem;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the user enters on the Invoices page for a new invoice: the customer (free text, or a name
 * of the address book, which also fills in the payer address) and the amount, or line items whose
 * sum is the amount.
 */
public final class NewInvoiceForm {
  private final ObjectProperty<Asset> asset = new SimpleObjectProperty<>();
  private final StringProperty amount = new SimpleStringProperty("");
  private final StringProperty customer = new SimpleStringProperty("");
  private final StringProperty payer = new SimpleStringProperty("");
  private final StringProperty reference = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
  private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
  private final ObservableList<LineItem> items = FXCollections.observableArrayList();
  private final StringProperty itemDescription = new SimpleStringProperty("");
  private final StringProperty itemQuantity = new SimpleStringProperty("1");
  private final StringProperty itemPrice = new SimpleStringProperty("");

  public NewInvoiceForm() {
    customer.addListener((o, a, b) -> payerFromAddressBook(b));
  }

  /** The address book, whose names the customer field offers. */
  public ObservableList<Contact> contacts() {
    return contacts;
  }

  /** The line items so far, in order. */
  public ObservableList<LineItem> items() {
    return items;
  }

  public StringProperty itemDescriptionProperty() {
    return itemDescription;
  }

  public StringProperty itemQuantityProperty() {
    return itemQuantity;
  }

  /** The unit price of the line being entered, in asset units. */
  public StringProperty itemPriceProperty() {
    return itemPrice;
  }

  /**
   * Adds the line being entered and empties its fields.
   *
   * @throws IllegalArgumentException for a missing description, a bad quantity or price, or no
   *     asset chosen
   */
  public void addItem() {
    if (asset.get() == null) {
      throw new IllegalArgumentException("choose the asset first");
    }
    items.add(
        LineItemText.item(
            itemDescription.get(), itemQuantity.get(), itemPrice.get(), asset.get().decimals()));
    itemDescription.set("");
    itemQuantity.set("1");
    itemPrice.set("");
  }

  /** Empties the form after an invoice was made (the asset stays). */
  void clear() {
    amount.set("");
    customer.set("");
    payer.set("");
    reference.set("");
    due.set(null);
    items.clear();
  }

  /** A customer picked from the address book brings its address as the payer, if none is set. */
  private void payerFromAddressBook(String name) {
    String p = payer.get() == null ? "" : payer.get().strip();
    if (name == null || !p.isEmpty()) {
      return;
    }
    contacts.stream()
        .filter(c -> c.name().equals(name.strip()))
        .findFirst()
        .ifPresent(c -> payer.set(c.address().toString()));
  }

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
        LineItemText.amount(amount.get(), items, a.decimals()),
        customer.get(),
        p.isEmpty() ? null : Address.parse(p).toLowerHex(),
        reference.get(),
        issued,
        due.get(),
        List.copyOf(items),
        head);
  }
}
