package io.abacus.app.invoices;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.payments.Failures;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.task.BackgroundTask;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.invoice.IncomingPayment;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceBook;
import io.abacus.wallet.invoice.InvoiceDraft;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.InvoiceStatus;
import io.abacus.wallet.invoice.Matching;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.storage.AtomicFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
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
  private final Path dataDirectory;
  private final InvoiceAlerts alerts;
  private final I18n i18n;
  private final Clock clock;
  private final List<InvoiceState> all = new ArrayList<>();
  private final ObservableList<InvoiceState> rows = FXCollections.observableArrayList();
  private final ObservableList<InvoiceTotals> totals = FXCollections.observableArrayList();
  private final ObservableList<IncomingPayment> unassigned = FXCollections.observableArrayList();
  private final ObservableList<Asset> assets = FXCollections.observableArrayList();
  private final ObjectProperty<InvoiceState> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<InvoiceStatus> statusFilter = new SimpleObjectProperty<>();
  private final StringProperty customerFilter = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> issuedFrom = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> issuedTo = new SimpleObjectProperty<>();
  private final ObjectProperty<Asset> asset = new SimpleObjectProperty<>();
  private final StringProperty amount = new SimpleStringProperty("");
  private final StringProperty customer = new SimpleStringProperty("");
  private final StringProperty payer = new SimpleStringProperty("");
  private final StringProperty reference = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
  private final StringProperty businessName = new SimpleStringProperty("");
  private final StringProperty businessAddress = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  public InvoicesViewModel(
      PaymentsContext ctx,
      InvoiceBook book,
      Path dataDirectory,
      InvoiceAlerts alerts,
      I18n i18n,
      Clock clock) {
    this.ctx = ctx;
    this.book = book;
    this.dataDirectory = dataDirectory;
    this.alerts = alerts;
    this.i18n = i18n;
    this.clock = clock;
    statusFilter.addListener((o, a, b) -> filter());
    customerFilter.addListener((o, a, b) -> filter());
    issuedFrom.addListener((o, a, b) -> filter());
    issuedTo.addListener((o, a, b) -> filter());
    ctx.node().onNetworkChange(this::refresh);
  }

  // --- state for the view ---

  public ObservableList<InvoiceState> rows() {
    return rows;
  }

  public ObservableList<InvoiceTotals> totals() {
    return totals;
  }

  public ObservableList<IncomingPayment> unassigned() {
    return unassigned;
  }

  public ObservableList<Asset> assets() {
    return assets;
  }

  public ObjectProperty<InvoiceState> selectedProperty() {
    return selected;
  }

  public ObjectProperty<InvoiceStatus> statusFilterProperty() {
    return statusFilter;
  }

  public StringProperty customerFilterProperty() {
    return customerFilter;
  }

  public ObjectProperty<LocalDate> issuedFromProperty() {
    return issuedFrom;
  }

  public ObjectProperty<LocalDate> issuedToProperty() {
    return issuedTo;
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

  public StringProperty businessNameProperty() {
    return businessName;
  }

  public StringProperty businessAddressProperty() {
    return businessAddress;
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
    run(
        BackgroundTask.of(
                c -> {
                  List<Asset> choice =
                      network.isEmpty() ? List.of() : Asset.allOf(network.get(), ctx.tokens());
                  return new Loaded(choice, matching(network), BusinessProfile.load(dataDirectory));
                })
            .onSuccess(this::show));
  }

  /** Reads new incoming payments from the node and matches them. */
  public void sync() {
    Network network = ctx.node().network();
    List<Address> accounts = accounts();
    LocalDate today = LocalDate.now(clock);
    Set<String> paidBefore = paidIds();
    run(
        BackgroundTask.of(
                c -> {
                  NodeClient node = ctx.node().client();
                  new InvoiceSync(dataDirectory, book)
                      .sync(
                          node.json(),
                          network.chainId(),
                          accounts,
                          1,
                          today,
                          (scanned, head, from) -> {},
                          c::isCancelled);
                  return new Loaded(
                      Asset.allOf(network, ctx.tokens()),
                      matching(Optional.of(network)),
                      BusinessProfile.load(dataDirectory));
                })
            .onSuccess(
                loaded -> {
                  show(loaded);
                  Set<String> paidNow = paidIds();
                  paidNow.removeAll(paidBefore);
                  alerts.paid(paidNow.size());
                  message.set(i18n.format("invoices.synced", loaded.matching().matchedCount()));
                }));
  }

  /** Creates an invoice to the selected account from the form. */
  public void create() {
    error.set("");
    Account account = ctx.session().selectedAccountProperty().get();
    Asset a = asset.get();
    if (account == null || a == null) {
      error.set(i18n.get("invoices.error.noAccount"));
      return;
    }
    InvoiceDraft draft;
    try {
      draft = draft(account, a);
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return;
    }
    run(
        BackgroundTask.of(
                c -> {
                  long head = ctx.node().client().blockNumber().longValueExact();
                  return book.create(withHead(draft, head));
                })
            .onSuccess(
                made -> {
                  message.set(
                      i18n.format(
                          "invoices.created", made.id(), a.format(made.amount()), made.symbol()));
                  amount.set("");
                  refreshAndSelect(made.id());
                }));
  }

  /** Cancels the selected invoice. */
  public void cancelSelected() {
    InvoiceState s = selected.get();
    if (s == null) {
      return;
    }
    run(
        BackgroundTask.of(c -> book.cancel(s.invoice().id()))
            .onSuccess(i -> refreshAndSelect(i.id())));
  }

  /** Counts an unassigned payment for the selected invoice. */
  public void assign(IncomingPayment payment) {
    InvoiceState s = selected.get();
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
    InvoiceState s = selected.get();
    if (s == null) {
      return "";
    }
    boolean part = s.remaining().signum() > 0 && s.paid().signum() > 0;
    return InvoiceUris.uri(s.invoice(), part ? s.remaining() : s.invoice().amount());
  }

  /** Writes all invoices with their payments as CSV to {@code file}. */
  public void exportCsv(Path file) {
    List<InvoiceState> snapshot = new ArrayList<>(all);
    run(
        BackgroundTask.ofRunnable(
                c ->
                    AtomicFile.write(
                        file, InvoiceCsv.render(snapshot).getBytes(StandardCharsets.UTF_8)))
            .onSuccess(v -> message.set(i18n.format("invoices.exported", snapshot.size(), file))));
  }

  /** Saves the business name and address printed on invoices. */
  public void saveBusiness() {
    BusinessProfile profile = new BusinessProfile(businessName.get(), businessAddress.get());
    run(
        BackgroundTask.ofRunnable(c -> profile.save(dataDirectory))
            .onSuccess(v -> message.set(i18n.get("invoices.businessSaved"))));
  }

  /** Writes the selected invoice as PDF, in the page's language, to {@code file}. */
  public void savePdf(Path file) {
    InvoiceState s = selected.get();
    if (s == null) {
      error.set(i18n.get("invoices.error.selectBoth"));
      return;
    }
    String chain =
        ctx.node().selected().map(Network::name).orElse("chain " + s.invoice().chainId());
    BusinessProfile profile = new BusinessProfile(businessName.get(), businessAddress.get());
    run(
        BackgroundTask.ofRunnable(
                c -> AtomicFile.write(file, InvoicePdf.render(s, profile, chain, i18n)))
            .onSuccess(v -> message.set(i18n.format("invoices.pdfSaved", file))));
  }

  // --- internals ---

  private record Loaded(List<Asset> assets, Matching matching, BusinessProfile business) {}

  private Matching matching(Optional<Network> network) throws java.io.IOException {
    return network.isEmpty()
        ? new Matching(List.of(), List.of(), List.of())
        : book.match(network.get().chainId(), LocalDate.now(clock));
  }

  private void show(Loaded loaded) {
    if (!assets.equals(loaded.assets())) {
      Asset keep = asset.get();
      assets.setAll(loaded.assets());
      asset.set(
          keep != null && assets.contains(keep) ? keep : assets.isEmpty() ? null : assets.get(0));
    }
    businessName.set(loaded.business().name());
    businessAddress.set(loaded.business().address());
    all.clear();
    all.addAll(loaded.matching().invoices());
    unassigned.setAll(loaded.matching().unassigned());
    totals.setAll(InvoiceTotals.of(all, LocalDate.now(clock)));
    filter();
  }

  private void filter() {
    String who =
        customerFilter.get() == null ? "" : customerFilter.get().strip().toLowerCase(Locale.ROOT);
    String keep = selected.get() == null ? null : selected.get().invoice().id();
    rows.setAll(
        all.stream()
            .filter(s -> statusFilter.get() == null || s.status() == statusFilter.get())
            .filter(
                s -> who.isEmpty() || s.invoice().customer().toLowerCase(Locale.ROOT).contains(who))
            .filter(
                s -> issuedFrom.get() == null || !s.invoice().issued().isBefore(issuedFrom.get()))
            .filter(s -> issuedTo.get() == null || !s.invoice().issued().isAfter(issuedTo.get()))
            .toList());
    select(keep);
  }

  private void refreshAndSelect(String id) {
    refresh();
    select(id);
  }

  private void select(String id) {
    selected.set(rows.stream().filter(s -> s.invoice().id().equals(id)).findFirst().orElse(null));
  }

  private Set<String> paidIds() {
    Set<String> ids = new HashSet<>();
    for (InvoiceState s : all) {
      if (s.status() == InvoiceStatus.PAID || s.status() == InvoiceStatus.OVERPAID) {
        ids.add(s.invoice().id());
      }
    }
    return ids;
  }

  private List<Address> accounts() {
    return ctx.session().selectedAccountProperty().get() == null
        ? List.of()
        : List.of(ctx.session().selectedAccountProperty().get().address());
  }

  private InvoiceDraft draft(Account account, Asset a) {
    String p = payer.get() == null ? "" : payer.get().strip();
    return new InvoiceDraft(
        ctx.node().network().chainId(),
        account.address().toLowerHex(),
        a.isNative() ? Invoice.ETH : a.token().toLowerHex(),
        a.symbol(),
        a.decimals(),
        a.parse(amount.get() == null ? "" : amount.get()),
        customer.get(),
        p.isEmpty() ? null : Address.parse(p).toLowerHex(),
        reference.get(),
        LocalDate.now(clock),
        due.get(),
        List.of(),
        0);
  }

  private static InvoiceDraft withHead(InvoiceDraft d, long head) {
    return new InvoiceDraft(
        d.chainId(),
        d.payTo(),
        d.asset(),
        d.symbol(),
        d.decimals(),
        d.nominal(),
        d.customer(),
        d.payer(),
        d.reference(),
        d.issued(),
        d.due(),
        d.lineItems(),
        head);
  }

  private <T> void run(BackgroundTask<T> task) {
    busy.set(true);
    ctx.executor()
        .execute(
            task.onFailure(e -> error.set(Failures.explain(e, i18n)))
                .onFinished(() -> busy.set(false)));
  }
}
