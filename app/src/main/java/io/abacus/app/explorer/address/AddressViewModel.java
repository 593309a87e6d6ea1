package io.abacus.app.explorer.address;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.abacus.app.explorer.CsvExport;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.explorer.Watchlist;
import io.abacus.app.i18n.I18n;
import io.abacus.app.labels.Names;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.task.TaskHandle;
import io.abacus.explorer.export.Exports;
import io.abacus.explorer.query.Cursor;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.storage.InputLimits;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An address: its balance from the node, its summary and holdings from the index, its history
 * (filtered, keyset-paged, never more than {@value #MAX_LOADED} rows held), a balance chart, its
 * label and note in the shared address book, the watchlist and ABI import.
 */
public final class AddressViewModel {
  public static final int PAGE = 200;
  static final int MAX_LOADED = 5_000;

  private final IndexSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final AddressBook book;
  private final Watchlist watchlist;
  private final Function<Network, JsonRpcClient> node;
  private final Address address;
  private final HistoryFilterForm filter = new HistoryFilterForm();
  private final ObservableList<QueryRecords.HistoryItem> history =
      FXCollections.observableArrayList();
  private final ObjectProperty<QueryRecords.AddressSummary> summary = new SimpleObjectProperty<>();
  private final ObjectProperty<BalanceHistory.Series> chart = new SimpleObjectProperty<>();
  private final StringProperty balance = new SimpleStringProperty("");
  private final StringProperty historyStatus = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty label = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty abiStatus = new SimpleStringProperty("");
  private final BooleanProperty watched = new SimpleBooleanProperty();
  private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
  private final CsvExport export;
  private int pageSize = PAGE;
  private HistoryFilter applied = HistoryFilter.none();
  private Cursor next;
  private TaskHandle pendingPage;
  private long generation;

  public AddressViewModel(
      IndexSession session,
      TaskExecutor executor,
      I18n i18n,
      Names names,
      Watchlist watchlist,
      Function<Network, JsonRpcClient> node,
      Address address) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.book = names.book();
    this.watchlist = watchlist;
    this.node = node;
    this.address = address;
    this.export = new CsvExport(executor, i18n);
    book.find(address)
        .ifPresentOrElse(
            c -> {
              label.set(c.name());
              note.set(c.note());
            },
            // A name known elsewhere (the Sandbox's) shows too; saving puts it in the address book.
            () -> names.label(session.network().chainId(), address).ifPresent(label::set));
    watched.set(watchlist != null && watchlist.contains(address));
  }

  /** Loads everything: balance, summary, chart, first history page. */
  public void load() {
    applyFilter(); // the history first: it is what the analyst came for
    loadBalance();
    executor.execute(
        BackgroundTask.of(ctx -> session.addresses().summary(address))
            .onSuccess(summary::set)
            .onFailure(e -> error.set(String.valueOf(e.getMessage()))));
    executor.execute(
        BackgroundTask.of(ctx -> BalanceHistory.anchored(session, address, node))
            .onSuccess(chart::set)
            .onFailure(e -> error.set(String.valueOf(e.getMessage()))));
  }

  private void loadBalance() {
    Network n = session.network();
    if (!n.hasRpcUrl()) {
      balance.set(i18n.get("explorer.address.noNode"));
      return;
    }
    balance.set(i18n.get("explorer.address.balanceLoading"));
    executor.execute(
        BackgroundTask.of(
                ctx -> {
                  try (JsonRpcClient rpc = node.apply(n)) {
                    String hex = rpc.call("eth_getBalance", address.toString(), "latest").asText();
                    return new BigInteger(hex.substring(2), 16);
                  }
                })
            .onSuccess(
                wei ->
                    balance.set(
                        io.abacus.app.explorer.Formats.units(wei, n.decimals())
                            + " "
                            + n.currencySymbol()))
            .onFailure(
                e -> balance.set(i18n.format("explorer.address.balanceFailed", e.getMessage()))));
  }

  /** Restarts the history with the filter fields; a bad field says which and keeps the list. */
  public void applyFilter() {
    try {
      applied = filter.toFilter(session.network().decimals());
    } catch (HistoryFilterForm.Invalid e) {
      error.set(i18n.get(e.key()));
      return;
    }
    error.set("");
    next = null;
    history.clear();
    page(null, true);
  }

  /** Appends the next page (replaces the list once {@value #MAX_LOADED} rows are held). */
  public void loadMore() {
    if (next != null) {
      page(next, history.size() + pageSize > MAX_LOADED);
    }
  }

  private void page(Cursor before, boolean replace) {
    if (pendingPage != null) {
      pendingPage.cancel();
    }
    HistoryFilter f = applied;
    int size = pageSize;
    long gen = ++generation;
    pendingPage =
        executor.execute(
            BackgroundTask.of(ctx -> session.addresses().history(address, f, size, before))
                .onSuccess(
                    p -> {
                      if (gen != generation) {
                        return;
                      }
                      if (replace) {
                        history.setAll(p.items());
                      } else {
                        history.addAll(p.items());
                      }
                      next = p.next();
                      hasMore.set(next != null);
                      historyStatus.set(
                          i18n.format("explorer.address.shown", history.size(), p.txCount()));
                    })
                .onFailure(e -> error.set(String.valueOf(e.getMessage()))));
  }

  /** Saves the label and note in the shared address book (a blank label removes the entry). */
  public void saveLabel() {
    String name = label.get() == null ? "" : label.get().strip();
    String text = note.get();
    executor.execute(
        BackgroundTask.ofRunnable(
                ctx -> {
                  if (name.isEmpty()) {
                    book.remove(address);
                  } else {
                    book.put(new Contact(address, name, text));
                  }
                })
            .onSuccess(v -> error.set(""))
            .onFailure(e -> error.set(String.valueOf(e.getMessage()))));
  }

  /** Adds to or removes from the watchlist. */
  public void setWatched(boolean on) {
    if (watchlist == null) {
      error.set(i18n.get("explorer.address.noWatchlist"));
      return;
    }
    watched.set(on);
    executor.execute(
        BackgroundTask.ofRunnable(ctx -> watchlist.set(address, on))
            .onFailure(
                e -> {
                  watched.set(!on);
                  error.set(String.valueOf(e.getMessage()));
                }));
  }

  /** Attaches the ABI JSON in {@code file} to this address; decoded views use it from now on. */
  public void importAbi(Path file, String name) {
    executor.execute(
        BackgroundTask.ofRunnable(
                ctx -> {
                  byte[] abi;
                  try {
                    abi = InputLimits.read(file, "ABI file", InputLimits.ABI_FILE);
                  } catch (InputLimits.InputTooLargeException e) {
                    throw new IllegalArgumentException(i18n.get("explorer.abi.tooBig"), e);
                  }
                  session.explorer().importAbi(address, name, new String(abi, UTF_8));
                })
            .onSuccess(v -> abiStatus.set(i18n.format("explorer.abi.imported", file.getFileName())))
            .onFailure(e -> abiStatus.set(i18n.format("explorer.abi.failed", e.getMessage()))));
  }

  /** Exports the whole filtered history (paged through, never all in memory). */
  public void exportCsv(Path file) {
    HistoryFilter f = applied;
    export.export(
        file,
        out -> Exports.addressHistory(session.addresses(), address, f, session.csvLabels(), out));
  }

  /** Smaller pages, for tests of paging on a small chain. */
  void pageSize(int n) {
    pageSize = n;
  }

  public Address address() {
    return address;
  }

  public HistoryFilterForm filter() {
    return filter;
  }

  public ObservableList<QueryRecords.HistoryItem> history() {
    return history;
  }

  public ObjectProperty<QueryRecords.AddressSummary> summaryProperty() {
    return summary;
  }

  public ObjectProperty<BalanceHistory.Series> chartProperty() {
    return chart;
  }

  public StringProperty balanceProperty() {
    return balance;
  }

  public StringProperty historyStatusProperty() {
    return historyStatus;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty labelProperty() {
    return label;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public StringProperty abiStatusProperty() {
    return abiStatus;
  }

  public BooleanProperty watchedProperty() {
    return watched;
  }

  public ReadOnlyBooleanProperty hasMoreProperty() {
    return hasMore.getReadOnlyProperty();
  }

  public StringProperty exportStatusProperty() {
    return export.statusProperty();
  }

  public int decimals() {
    return session.network().decimals();
  }

  public String currency() {
    return session.network().currencySymbol();
  }
}
