package io.abacus.app.settings;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.network.Network;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The multi-send contract field under the network chosen in the settings' network list: shows the
 * address set for it and saves an edit with its button (an empty field clears it). An address with
 * a wrong EIP-55 checksum or of the wrong length is refused with one line.
 */
public final class MultiSendForm {
  private final AppSettings appSettings;
  private I18n i18n;
  private final ObjectProperty<Network> network = new SimpleObjectProperty<>();
  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty result = new SimpleStringProperty("");

  MultiSendForm(AppSettings appSettings, I18n i18n) {
    this.appSettings = appSettings;
    this.i18n = i18n;
    network.addListener((o, a, b) -> show());
    show();
  }

  void setI18n(I18n i18n) {
    this.i18n = i18n;
    show();
  }

  /** The network whose contract is shown (the one selected in the list); null: none. */
  public ObjectProperty<Network> networkProperty() {
    return network;
  }

  /** The address typed or shown (EIP-55 form once saved). */
  public StringProperty addressProperty() {
    return address;
  }

  /** The heading naming the network. */
  public StringProperty titleProperty() {
    return title;
  }

  /** Why the typed address was refused (one line); empty when it was not. */
  public StringProperty errorProperty() {
    return error;
  }

  /** What the last save did. */
  public StringProperty resultProperty() {
    return result;
  }

  /** Saves the typed address for the shown network, or clears it when the field is empty. */
  public void save() {
    Network n = network.get();
    result.set("");
    if (n == null) {
      error.set(i18n.get("settings.multiSend.none"));
      return;
    }
    Optional<Address> contract;
    try {
      String typed = address.get() == null ? "" : address.get().strip();
      contract = typed.isEmpty() ? Optional.empty() : Optional.of(Address.parse(typed));
    } catch (InvalidAddressException e) {
      error.set(i18n.format("settings.multiSend.invalid", e.getMessage()));
      return;
    }
    try {
      appSettings.update(s -> s.withMultiSend(n.id(), contract));
    } catch (IllegalArgumentException removedMeanwhile) {
      error.set(i18n.get("settings.multiSend.none"));
      return;
    }
    error.set("");
    address.set(contract.map(Address::toString).orElse(""));
    String name = NetworkNames.display(n, i18n);
    result.set(
        contract.isPresent()
            ? i18n.format("settings.multiSend.saved", name)
            : i18n.format("settings.multiSend.cleared", name));
  }

  private void show() {
    Network n = network.get();
    error.set("");
    result.set("");
    if (n == null) {
      title.set(i18n.format("settings.multiSend", "—"));
      address.set("");
      return;
    }
    title.set(i18n.format("settings.multiSend", NetworkNames.display(n, i18n)));
    address.set(appSettings.get().multiSend(n.id()).map(Address::toString).orElse(""));
  }
}
