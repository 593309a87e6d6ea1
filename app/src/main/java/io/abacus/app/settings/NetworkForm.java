package io.abacus.app.settings;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.network.Network;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
  private final StringProperty result = new SimpleStringProperty("");
  private final StringProperty overrideOffer = new SimpleStringProperty("");
  private final BooleanProperty override = new SimpleBooleanProperty();
  private final BooleanProperty checking = new SimpleBooleanProperty();

  NetworkForm(I18n i18n) {
    this.i18n = i18n;
    // An override answers one node check: editing what was checked withdraws it.
    rpcUrl.addListener((o, a, b) -> withdrawOverride());
    chainId.addListener((o, a, b) -> withdrawOverride());
    authHeader.addListener((o, a, b) -> withdrawOverride());
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

  /** What became of the last "Add network": added, or why the node check stopped it. */
  public StringProperty resultProperty() {
    return result;
  }

  /**
   * The worded "save anyway" choice offered after the node reported another chain id or could not
   * be reached; empty when no override is offered.
   */
  public StringProperty overrideOfferProperty() {
    return overrideOffer;
  }

  /** Whether the user chose to save despite the offered override's reason. */
  public BooleanProperty overrideProperty() {
    return override;
  }

  /** True while the node of the network being added is asked for its chain id. */
  public BooleanProperty checkingProperty() {
    return checking;
  }

  /** Whether the user accepted the override offered for the values now in the form. */
  boolean overrideAccepted() {
    return override.get() && !overrideOffer.get().isEmpty();
  }

  /** Stops the add with {@code reason} and offers to save anyway with the words {@code offer}. */
  void offerOverride(String reason, String offer) {
    result.set(reason);
    override.set(false);
    overrideOffer.set(offer);
  }

  void withdrawOverride() {
    override.set(false);
    overrideOffer.set("");
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
    withdrawOverride();
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
