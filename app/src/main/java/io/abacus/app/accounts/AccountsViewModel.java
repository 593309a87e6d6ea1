package io.abacus.app.accounts;

import io.abacus.app.i18n.I18n;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.NetworkNames;
import io.abacus.app.settings.Settings;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.task.TaskHandle;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.token.NotAnErc20Exception;
import io.abacus.wallet.token.TokenRegistry;
import io.abacus.wallet.vault.Wallet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;

/**
 * The accounts screen: the unlocked wallet's accounts with balances from the selected network's
 * node; add, rename, hide, choose the account the payment screens use; add tokens by address.
 */
public final class AccountsViewModel {
  /**
   * One line of the list.
   *
   * @param balance the native balance with its symbol in full precision, thousands grouped
   *     ("1,234.5 ETH"), or a placeholder while unknown
   * @param tokens token balances, e.g. "1,012.5 USDC · 0 DAI"
   * @param exact the exact balances, one per line with their base units (for a tooltip); empty
   *     while unknown
   */
  public record Row(
      Account account, boolean selected, String balance, String tokens, String exact) {}

  private final WalletSession session;
  private final AppSettings settings;
  private final TokenRegistry tokenList;
  private final NodeConnector reader;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final BooleanProperty showHidden = new SimpleBooleanProperty();
  private final ObjectProperty<PathPreset> preset =
      new SimpleObjectProperty<>(PathPreset.METAMASK_TREZOR);
  private final StringProperty tokenAddress = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private AccountBalances balances;
  private TaskHandle loading;
  private final ListChangeListener<Account> accountsChanged = c -> showRows();
  private final ChangeListener<Account> selectionChanged = (o, a, b) -> showRows();
  private final ChangeListener<Settings> settingsChanged =
      (o, a, b) -> {
        if (!a.selectedNetworkId().equals(b.selectedNetworkId())
            || !a.selectedNetwork().equals(b.selectedNetwork())) {
          refresh();
        }
      };
  private final ChangeListener<Number> balancesChanged = (o, a, b) -> refresh();
  private final ChangeListener<Wallet> walletChanged =
      (o, a, b) -> {
        balances = null;
        if (b != null) {
          refresh();
        } else {
          cancelLoading();
          rows.clear();
        }
      };

  public AccountsViewModel(
      WalletSession session,
      AppSettings settings,
      TokenRegistry tokenList,
      NodeConnector reader,
      TaskExecutor executor,
      I18n i18n) {
    this.session = session;
    this.settings = settings;
    this.tokenList = tokenList;
    this.reader = reader;
    this.executor = executor;
    this.i18n = i18n;
    // Weak: a language switch rebuilds the page, and the old model must not keep reading balances.
    session.accounts().addListener(new WeakListChangeListener<>(accountsChanged));
    session.selectedAccountProperty().addListener(new WeakChangeListener<>(selectionChanged));
    settings.property().addListener(new WeakChangeListener<>(settingsChanged));
    session.walletProperty().addListener(new WeakChangeListener<>(walletChanged));
    session.balanceChangesProperty().addListener(new WeakChangeListener<>(balancesChanged));
    showHidden.addListener((o, a, b) -> showRows());
    if (session.wallet().isPresent()) {
      refresh();
    } else {
      showRows();
    }
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  /** Also list hidden accounts (to unhide them). */
  public BooleanProperty showHiddenProperty() {
    return showHidden;
  }

  /** The layout "add account" derives the next account of. */
  public ObjectProperty<PathPreset> presetProperty() {
    return preset;
  }

  /** Contract address typed to add a token. */
  public StringProperty tokenAddressProperty() {
    return tokenAddress;
  }

  /** Where the balances come from, or why there are none. */
  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty errorProperty() {
    return error;
  }

  /** True while balances load. */
  public BooleanProperty busyProperty() {
    return busy;
  }

  /** Reloads the balances of the listed accounts from the node. */
  public void refresh() {
    showRows();
    Optional<Network> network = settings.get().selectedNetwork();
    if (session.wallet().isEmpty() || network.isEmpty()) {
      return;
    }
    cancelLoading();
    List<Address> addresses = rows.stream().map(r -> r.account().address()).toList();
    Network net = network.get();
    busy.set(true);
    error.set("");
    status.set(i18n.format("accounts.status.loading", NetworkNames.display(net, i18n)));
    loading =
        executor.execute(
            BackgroundTask.of(ctx -> read(net, addresses))
                .onSuccess(
                    b -> {
                      balances = b;
                      status.set(
                          i18n.format(
                              "accounts.status.loaded",
                              NetworkNames.display(net, i18n),
                              b.block()));
                      showRows();
                    })
                .onFailure(
                    e -> {
                      // Balances of another network or an unreachable node would mislead.
                      balances = null;
                      status.set(AccountsStatus.describe(e, net, i18n));
                      showRows();
                    })
                .onCancelled(() -> status.set(i18n.get("accounts.status.cancelled")))
                .onFinished(() -> busy.set(false)));
  }

  /** Stops reading balances (a slow node); the list keeps what it showed. */
  public void cancelRefresh() {
    cancelLoading();
  }

  private AccountBalances read(Network net, List<Address> addresses) throws Exception {
    NodeClient node = reader.connect(net);
    return AccountBalances.load(node, tokenList.tokens(net), addresses);
  }

  private void cancelLoading() {
    if (loading != null && !loading.isDone()) {
      loading.cancel();
    }
  }

  /** Derives the next account of the chosen layout. */
  public void addAccount() {
    Optional<Wallet> w = session.wallet();
    if (w.isEmpty()) {
      return;
    }
    if (!w.get().hasRecoveryPhrase()) {
      error.set(i18n.get("accounts.error.noPhrase"));
      return;
    }
    PathPreset layout = preset.get();
    change(() -> w.get().deriveNext(layout, 1));
  }

  public void rename(Account account, String name) {
    session.wallet().ifPresent(w -> change(() -> w.rename(account.address(), name)));
  }

  public void setHidden(Account account, boolean hidden) {
    session.wallet().ifPresent(w -> change(() -> w.setHidden(account.address(), hidden)));
  }

  /** Makes {@code account} the one Send, Receive and Activity act on. */
  public void select(Account account) {
    if (!account.hidden()) {
      session.selectedAccountProperty().set(account);
    }
  }

  private void change(Runnable saveToWallet) {
    error.set("");
    executor.execute(
        BackgroundTask.ofRunnable(ctx -> saveToWallet.run())
            .onSuccess(
                v -> {
                  session.refreshAccounts();
                  refresh();
                })
            .onFailure(e -> error.set(i18n.format("accounts.error.save", e.getMessage()))));
  }

  /** Reads the token at the typed address from the chain and adds it to this network's list. */
  public boolean addToken() {
    Address address;
    try {
      address = Address.parse(tokenAddress.get().strip());
    } catch (IllegalArgumentException e) {
      error.set(i18n.format("accounts.error.tokenAddress", e.getMessage()));
      return false;
    }
    Optional<Network> network = settings.get().selectedNetwork();
    if (network.isEmpty()) {
      return false;
    }
    Network net = network.get();
    error.set("");
    executor.execute(
        BackgroundTask.of(
                ctx -> {
                  return tokenList
                      .addFromChain(net, reader.connect(net), address)
                      .orElseThrow(() -> new NotAnErc20Exception(address));
                })
            .onSuccess(
                t -> {
                  tokenAddress.set("");
                  status.set(
                      i18n.format(
                          "accounts.tokenAdded", t.symbol(), NetworkNames.display(net, i18n)));
                  refresh();
                })
            .onFailure(
                e ->
                    error.set(
                        e instanceof NotAnErc20Exception
                            ? i18n.format("accounts.error.notToken", address)
                            : AccountsStatus.describe(e, net, i18n))));
    return true;
  }

  private String exactLine(String amount, String symbol, String units) {
    return i18n.format("accounts.balance.exact", amount, symbol, units);
  }

  private void showRows() {
    Optional<Wallet> w = session.wallet();
    if (w.isEmpty() || !w.get().isUnlocked()) {
      rows.clear();
      return;
    }
    List<Account> accounts = showHidden.get() ? w.get().accounts() : w.get().visibleAccounts();
    Account selected = session.selectedAccountProperty().get();
    String symbol = settings.get().selectedNetwork().map(Network::currencySymbol).orElse("ETH");
    int decimals = settings.get().selectedNetwork().map(Network::decimals).orElse(18);
    List<Row> out = new ArrayList<>();
    for (Account a : accounts) {
      boolean isSelected = selected != null && selected.address().equals(a.address());
      if (balances == null) {
        out.add(new Row(a, isSelected, "…", "", ""));
      } else {
        out.add(balances.row(a, isSelected, symbol, decimals, this::exactLine));
      }
    }
    rows.setAll(out);
  }
}
