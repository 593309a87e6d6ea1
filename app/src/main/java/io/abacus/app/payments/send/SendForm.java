package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.send.Payment;
import java.math.BigInteger;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Send page's fields and their validation; no I/O. */
public final class SendForm {
  private static final int SUGGESTIONS = 8;

  private final I18n i18n;
  private final AddressBook addressBook;
  final StringProperty recipient = new SimpleStringProperty("");
  final StringProperty recipientError = new SimpleStringProperty("");
  final StringProperty recipientName = new SimpleStringProperty("");
  final ObservableList<Contact> suggestions = FXCollections.observableArrayList();
  final ObservableList<Asset> assets = FXCollections.observableArrayList();
  final ObjectProperty<Asset> asset = new SimpleObjectProperty<>();
  final StringProperty amount = new SimpleStringProperty("");
  final StringProperty amountError = new SimpleStringProperty("");
  final ObjectProperty<FeeChoice> fee = new SimpleObjectProperty<>(FeeChoice.NORMAL);
  final StringProperty customMaxFeeGwei = new SimpleStringProperty("");
  final StringProperty customTipGwei = new SimpleStringProperty("");
  final StringProperty feeError = new SimpleStringProperty("");
  final StringProperty tokenAddress = new SimpleStringProperty("");
  final StringProperty tokenError = new SimpleStringProperty("");
  final BooleanProperty eip1559 = new SimpleBooleanProperty(true);

  SendForm(I18n i18n, AddressBook addressBook) {
    this.i18n = i18n;
    this.addressBook = addressBook;
    recipient.addListener((o, a, b) -> recipientChanged(b));
  }

  private void recipientChanged(String text) {
    recipientError.set("");
    String q = text == null ? "" : text.strip();
    suggestions.setAll(q.isEmpty() || Address.isValid(q) ? java.util.List.of() : search(q));
    recipientName.set(parseRecipient(q).flatMap(addressBook::label).map(n -> "✓ " + n).orElse(""));
  }

  private java.util.List<Contact> search(String q) {
    return addressBook.search(q, SUGGESTIONS);
  }

  /** Picks an address-book entry from the suggestions. */
  void choose(Contact contact) {
    recipient.set(contact.address().toString());
    suggestions.clear();
  }

  /** The recipient, from an address or an exact address-book name; empty if neither. */
  private Optional<Address> parseRecipient(String q) {
    if (q.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Address.parse(q));
    } catch (InvalidAddressException e) {
      return addressBook.all().stream()
          .filter(c -> c.name().equalsIgnoreCase(q))
          .map(Contact::address)
          .findFirst();
    }
  }

  /** The valid recipient, or empty with {@link #recipientError} set. */
  Optional<Address> validRecipient() {
    String q = recipient.get() == null ? "" : recipient.get().strip();
    if (q.isEmpty()) {
      recipientError.set(i18n.get("send.error.recipientEmpty"));
      return Optional.empty();
    }
    try {
      return Optional.of(Address.parse(q));
    } catch (InvalidAddressException e) {
      Optional<Address> named = parseRecipient(q);
      if (named.isPresent()) {
        return named;
      }
      recipientError.set(
          e.reason() == InvalidAddressException.Reason.BAD_CHECKSUM
              ? i18n.get("send.error.checksum")
              : i18n.get("send.error.malformed"));
      return Optional.empty();
    }
  }

  /** The valid amount in base units, or empty with {@link #amountError} set. */
  Optional<BigInteger> validAmount() {
    Asset a = asset.get();
    String text = amount.get() == null ? "" : amount.get().strip();
    if (text.isEmpty()) {
      amountError.set(i18n.get("send.error.amountEmpty"));
      return Optional.empty();
    }
    try {
      BigInteger units = a.parse(text);
      if (units.signum() == 0) {
        amountError.set(i18n.get("send.error.amountZero"));
        return Optional.empty();
      }
      amountError.set("");
      return Optional.of(units);
    } catch (IllegalArgumentException e) {
      amountError.set(i18n.format("send.error.amount", text, a.decimals()));
      return Optional.empty();
    }
  }

  /** The custom fees, or empty with {@link #feeError} set; empty without error for a preset. */
  Optional<Fees> customFees() {
    feeError.set("");
    if (fee.get() != FeeChoice.CUSTOM) {
      return Optional.empty();
    }
    try {
      BigInteger max = Quantities.parseUnits(customMaxFeeGwei.get(), 9, "max fee");
      if (!eip1559.get()) {
        return Optional.of(new Fees.Legacy(max));
      }
      String tipText = customTipGwei.get() == null ? "" : customTipGwei.get().strip();
      BigInteger tip =
          tipText.isEmpty() ? BigInteger.ZERO : Quantities.parseUnits(tipText, 9, "tip");
      return Optional.of(new Fees.Dynamic(max, tip));
    } catch (IllegalArgumentException | NullPointerException e) {
      feeError.set(i18n.get("send.error.customFee"));
      return Optional.empty();
    }
  }

  /** The whole payment if every field is valid; each invalid field gets its error. */
  Optional<Payment> payment(Address from) {
    Optional<Address> to = validRecipient();
    Optional<BigInteger> units = validAmount();
    Optional<Fees> custom = customFees();
    if (to.isEmpty() || units.isEmpty() || (fee.get() == FeeChoice.CUSTOM && custom.isEmpty())) {
      return Optional.empty();
    }
    Asset a = asset.get();
    Speed speed = fee.get().speed().orElse(Speed.NORMAL);
    return Optional.of(
        new Payment(
            from,
            to.get(),
            a.tokenAddress(),
            units.get(),
            HexBytes.EMPTY,
            speed,
            custom,
            Optional.empty()));
  }

  void clear() {
    recipient.set("");
    amount.set("");
    recipientError.set("");
    amountError.set("");
    feeError.set("");
    fee.set(FeeChoice.NORMAL);
  }
}
