package io.abacus.app.settings;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.network.Network;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "add a network" form with its validation; each field has its own error text. */
public final class NetworkForm {
  private I18n i18n;
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty rpcUrl = new SimpleStringProperty("");
  private final StringProperty chainId = new SimpleStringProperty("");
  private final StringProperty currencySymbol = new SimpleStringProperty("ETH");
  private final StringProperty decimals = new SimpleStringProperty("18");
  private final StringProperty authHeader = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  NetworkForm(I18n i18n) {
    this.i18n = i18n;
  }

  void setI18n(I18n i18n) {
    this.i18n = i18n;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty rpcUrlProperty() {
    return rpcUrl;
  }

  public StringProperty chainIdProperty() {
    return chainId;
  }

  public StringProperty currencySymbolProperty() {
    return currencySymbol;
  }

  public StringProperty decimalsProperty() {
    return decimals;
  }

  public StringProperty authHeaderProperty() {
    return authHeader;
  }

  /** The first problem with the form, or empty when it is valid. */
  public StringProperty errorProperty() {
    return error;
  }

  /** Validates; on success returns the network, else sets {@link #errorProperty()}. */
  Optional<Network> toNetwork(String id) {
    try {
      String n = name.get().strip();
      if (n.isEmpty()) {
        throw new IllegalArgumentException(i18n.get("settings.form.nameRequired"));
      }
      String url = Network.validateRpcUrl(rpcUrl.get());
      long chain = parsePositive(chainId.get(), "settings.form.chainIdInvalid");
      long dec = parseRange(decimals.get(), 0, 36, "settings.form.decimalsInvalid");
      Network network =
          new Network(
              id,
              n,
              chain,
              url,
              currencySymbol.get().strip(),
              (int) dec,
              authHeader.get(),
              Network.Kind.CUSTOM,
              false);
      error.set("");
      return Optional.of(network);
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return Optional.empty();
    }
  }

  void clear() {
    name.set("");
    rpcUrl.set("");
    chainId.set("");
    currencySymbol.set("ETH");
    decimals.set("18");
    authHeader.set("");
    error.set("");
  }

  private long parsePositive(String text, String errorKey) {
    return parseRange(text, 1, Long.MAX_VALUE, errorKey);
  }

  private long parseRange(String text, long min, long max, String errorKey) {
    try {
      long v = Long.parseLong(text.strip());
      if (v < min || v > max) {
        throw new IllegalArgumentException(i18n.get(errorKey));
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(i18n.get(errorKey), e);
    }
  }
}
