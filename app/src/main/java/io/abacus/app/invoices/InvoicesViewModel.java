package io.abacus.app.invoices;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.payments.Failures;
import io.abacus.app.payments.NodeAccess;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.settings.InvoiceSettings;
import io.abacus.app.task.BackgroundTask;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.invoice.IncomingPayment;
import io.abacus.wallet.invoice.InvoiceBook;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.storage.AtomicFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The Invoices page: the invoices of the selected network with filters (status, customer, issue
 * date), totals per asset, the selected invoice's payments, the unassigned payments, and the
 * actions (new invoice, sync, cancel, assign, copy URI, CSV export). A sync that finds invoices
 * newly paid raises the sidebar badge ({@link InvoiceAlerts}).
 */
public final class InvoicesViewModel {
  private final PaymentsContext ctx;
  private final InvoiceBook book;
  private final InvoicePageSync pages;
  private final Supplier<InvoiceSettings> settings;
  private final InvoiceAlerts alerts;
  private final I18n i18n;
  private final Clock clock;
  private final NewInvoiceForm form = new NewInvoiceForm();
  private final InvoiceList list;
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private boolean syncing;

  public InvoicesViewModel(
      PaymentsContext ctx,
      InvoiceBook book,
      Path dataDirectory,
      Supplier<InvoiceSettings> settings,
      InvoiceAlerts alerts,
      I18n i18n,
      Clock clock) {
    this.ctx = ctx;
    this.book = book;
    this.pages = new InvoicePageSync(ctx, book, dataDirectory, clock);
    this.settings = settings;
    this.alerts = alerts;
    this.i18n = i18n;
    this.clock = clock;
    this.list = new InvoiceList(form, clock);
    ctx.node().onNetworkChange(this::refresh);
  }

  // --- state for the view ---

  public ObservableList<InvoiceState> rows() {
    return list.rows();
  }

  public ObservableList<InvoiceTotals> totals() {
    return list.totals();
  }

  public ObservableList<IncomingPayment> unassigned() {
    return list.unassigned();
  }

  public ObservableList<Asset> assets() {
    return list.assets();
  }

  public ObjectProperty<InvoiceState> selectedProperty() {
    return list.selectedProperty();
  }

  /** The list's filters. */
  public InvoiceFilter filter() {
    return list.filter();
  }

  /** The new-invoice form. */
  public NewInvoiceForm form() {
    return form;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public StringProperty errorProperty() {
    return error;
  }

  // --- actions ---

  /** Re-reads the invoices and the last sync's payments of the selected network (no node). */
  public void refresh() {
    Optional<Network> network = ctx.node().selected();
    run(BackgroundTask.of(c -> pages.load(network)).onSuccess(this::show));
  }

  /** "Check payments": reads new incoming payments from the node and matches them. */
  public void sync() {
    Optional<Network> network = ctx.node().selected().filter(Network::hasRpcUrl);
    if (network.isEmpty()) {
      error.set(Failures.explain(new NodeAccess.NoNodeException(null), i18n));
      return;
    }
    syncing = true;
    run(syncTask(network.get()).onSuccess(this::synced), () -> syncing = false);
  }

  /**
   * A sync the page starts by itself (when opened, then every {@link InvoicePageSync#AUTO_PERIOD}):
   * only while the wallet is unlocked, the network has a node and no sync runs; it shows no
   * progress and no error (an unreachable node is tried again next time), only its results.
   */
  public void autoSync() {
    if (syncing || !pages.autoSyncAllowed()) {
      return;
    }
    syncing = true;
    ctx.executor()
        .execute(
            syncTask(ctx.node().network())
                .onSuccess(this::synced)
                .onFailure(e -> {})
                .onFinished(() -> syncing = false));
  }

  private BackgroundTask<InvoicePageSync.Loaded> syncTask(Network network) {
    List<Address> accounts = pages.accounts();
    int confirmations = settings.get().confirmations();
    return BackgroundTask.of(c -> pages.sync(network, accounts, confirmations, c::isCancelled));
  }

  private void synced(InvoicePageSync.Loaded loaded) {
    show(loaded);
    alerts.paid(loaded.newlyPaid());
    message.set(i18n.format("invoices.synced", loaded.matching().matchedCount()));
  }

  /** Creates an invoice to the selected account from the form. */
  public void create() {
    error.set("");
    Account account = ctx.session().selectedAccountProperty().get();
    Asset a = form.assetProperty().get();
    if (account == null || a == null) {
      error.set(i18n.get("invoices.error.noAccount"));
      return;
    }
    long chainId = ctx.node().network().chainId();
    LocalDate today = LocalDate.now(clock);
    try {
      form.draft(chainId, account.address(), today, 0); // checks the input before any work
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return;
    }
    run(
        BackgroundTask.of(
                c -> {
                  long head = ctx.node().client().blockNumber().longValueExact();
                  return book.create(form.draft(chainId, account.address(), today, head));
                })
            .onSuccess(
                made -> {
                  message.set(
                      i18n.format(
                          "invoices.created", made.id(), a.format(made.amount()), made.symbol()));
                  form.clear();
                  refreshAndSelect(made.id());
                }));
  }

  /** Adds the line item being entered to the new invoice. */
  public void addItem() {
    try {
      form.addItem();
      error.set("");
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
    }
  }

  /** Cancels the selected invoice. */
  public void cancelSelected() {
    InvoiceState s = list.selectedProperty().get();
    if (s == null) {
      return;
    }
    run(
        BackgroundTask.of(c -> book.cancel(s.invoice().id()))
            .onSuccess(i -> refreshAndSelect(i.id())));
  }

  /** Counts an unassigned payment for the selected invoice. */
  public void assign(IncomingPayment payment) {
    InvoiceState s = list.selectedProperty().get();
    if (s == null || payment == null) {
      error.set(i18n.get("invoices.error.selectBoth"));
      return;
    }
    run(
        BackgroundTask.of(c -> book.assign(s.invoice().id(), payment.hash()))
            .onSuccess(i -> refreshAndSelect(i.id())));
  }

  /** The selected invoice's payment URI (what remains, else the whole amount), or empty. */
  public String uri() {
    InvoiceState s = list.selectedProperty().get();
    return s == null ? "" : InvoiceUris.toPay(s);
  }

  /** Writes all invoices with their payments as CSV to {@code file}. */
  public void exportCsv(Path file) {
    List<InvoiceState> snapshot = list.all();
    run(
        BackgroundTask.ofRunnable(
                c ->
                    AtomicFile.write(
                        file, InvoiceCsv.render(snapshot).getBytes(StandardCharsets.UTF_8)))
            .onSuccess(v -> message.set(i18n.format("invoices.exported", snapshot.size(), file))));
  }

  /** Writes the selected invoice as PDF, in the page's language, to {@code file}. */
  public void savePdf(Path file) {
    InvoiceState s = list.selectedProperty().get();
    if (s == null) {
      error.set(i18n.get("invoices.error.selectBoth"));
      return;
    }
    String chain =
        ctx.node().selected().map(Network::name).orElse("chain " + s.invoice().chainId());
    BusinessProfile profile = BusinessProfile.of(settings.get());
    run(
        BackgroundTask.ofRunnable(
                c -> AtomicFile.write(file, InvoicePdf.render(s, profile, chain, i18n)))
            .onSuccess(v -> message.set(i18n.format("invoices.pdfSaved", file))));
  }

  // --- internals ---

  private void show(InvoicePageSync.Loaded loaded) {
    list.show(loaded, ctx.addressBook().all());
  }

  private void refreshAndSelect(String id) {
    refresh();
    list.select(id);
  }

  private <T> void run(BackgroundTask<T> task) {
    run(task, () -> {});
  }

  private <T> void run(BackgroundTask<T> task, Runnable finished) {
    busy.set(true);
    ctx.executor()
        .execute(
            task.onFailure(e -> error.set(Failures.explain(e, i18n)))
                .onFinished(
                    () -> {
                      busy.set(false);
                      finished.run();
                    }));
  }
}
