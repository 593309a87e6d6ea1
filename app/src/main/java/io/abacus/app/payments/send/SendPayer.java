package io.abacus.app.payments.send;

import io.abacus.app.accounts.AccountNames;
import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.payments.Failures;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.task.BackgroundTask;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The account that pays (the wallet's selected account, changeable on the Send page) and what it
 * holds of each asset on offer, read in the background whenever the account, the assets or the
 * balances change.
 */
public final class SendPayer {
  private final PaymentsContext ctx;
  private final I18n i18n;
  private final ObservableList<Asset> assets;
  private final ObservableMap<Asset, BigInteger> balances = FXCollections.observableHashMap();
  private final StringProperty error = new SimpleStringProperty("");
  private final StringBinding nativeBalance;
  private final StringBinding addressText;
  private long generation;

  SendPayer(PaymentsContext ctx, I18n i18n, ObservableList<Asset> assets) {
    this.ctx = ctx;
    this.i18n = i18n;
    this.assets = assets;
    this.nativeBalance =
        Bindings.createStringBinding(
            () ->
                assets.stream()
                    .filter(Asset::isNative)
                    .findFirst()
                    .flatMap(this::balanceText)
                    .orElse(""),
            balances,
            assets);
    this.addressText =
        Bindings.createStringBinding(
            () ->
                Optional.ofNullable(payerProperty().get())
                    .map(a -> a.address().toString())
                    .orElse(""),
            payerProperty());
    payerProperty().addListener((o, a, b) -> reload());
    assets.addListener((ListChangeListener<Asset>) c -> reload());
    ctx.session().balanceChangesProperty().addListener((o, a, b) -> reload());
  }

  /** The wallet's accounts to choose from. */
  public ObservableList<Account> accounts() {
    return ctx.session().accounts();
  }

  /** The paying account: the wallet's selected account, shared with the other wallet pages. */
  public ObjectProperty<Account> payerProperty() {
    return ctx.session().selectedAccountProperty();
  }

  /** The payer's address as text ("" when none), for the address view. */
  public StringBinding addressText() {
    return addressText;
  }

  /** An account's name as the wallet shows it ("Account 1" in the user's language). */
  public String name(Account account) {
    return account == null ? "" : AccountNames.display(account, i18n);
  }

  /** The payer's balance of each asset on offer (an asset that could not be read is missing). */
  public ObservableMap<Asset, BigInteger> balances() {
    return balances;
  }

  /** The payer's balance of the native currency, e.g. "9,998.5 ETH"; empty until read. */
  public StringBinding nativeBalance() {
    return nativeBalance;
  }

  /** Why the balances could not be read, or "". */
  public StringProperty errorProperty() {
    return error;
  }

  /** The balance of {@code asset} in full precision with its symbol, if read. */
  public Optional<String> balanceText(Asset asset) {
    return Optional.ofNullable(balances.get(asset)).map(asset::amount);
  }

  /** The picker's text for {@code asset}: its label and, once read, the payer's balance. */
  public String pickerText(Asset asset) {
    if (asset == null) {
      return "";
    }
    return balanceText(asset)
        .map(b -> i18n.format("send.asset.withBalance", asset.label(), b))
        .orElse(asset.label());
  }

  /** Makes {@code account} the paying account (and the wallet's selected account). */
  public void choose(Account account) {
    if (account != null && !account.equals(payerProperty().get())) {
      payerProperty().set(account);
    }
  }

  /** Re-reads the payer's balances of the assets on offer. */
  public void reload() {
    Account payer = payerProperty().get();
    List<Asset> offered = List.copyOf(assets);
    long mine = ++generation;
    if (payer == null || offered.isEmpty()) {
      balances.clear();
      return;
    }
    Address account = payer.address();
    ctx.executor()
        .execute(
            BackgroundTask.of(c -> PayerBalances.read(ctx.node().client(), account, offered))
                .onSuccess(
                    read -> {
                      if (mine == generation) { // a newer read supersedes this one
                        error.set("");
                        balances.clear();
                        balances.putAll(read);
                      }
                    })
                .onFailure(
                    e -> {
                      if (mine == generation) {
                        balances.clear();
                        error.set(Failures.explain(e, i18n));
                      }
                    }));
  }
}
