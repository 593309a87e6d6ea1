package io.abacus.app.payments.activity;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Failures;
import io.abacus.app.payments.Journal;
import io.abacus.app.payments.Layout;
import io.abacus.app.payments.PasswordGate;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.payments.store.TxNote;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskHandle;
import io.abacus.app.ui.RecentFolder;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.send.Replacer;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.tx.SignedTransaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Activity page: the selected account's transactions with status and confirmations, speed up
 * and cancel for its own pending ones, a label and note per transaction, and the CSV export.
 */
public final class ActivityViewModel {
  /** The export's file name in the chosen folder. */
  public static final String EXPORT_NAME = "abacus-activity.csv";

  private final PaymentsContext ctx;
  private final I18n i18n;
  private final ObservableList<ActivityItem> items = FXCollections.observableArrayList();
  private final ObjectProperty<ActivityItem> selected = new SimpleObjectProperty<>();
  private final StringProperty label = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty progress = new SimpleStringProperty("");
  private final StringProperty exportPath = new SimpleStringProperty();
  private final RecentFolder folders;
  private TaskHandle running;

  /** A page whose export folder is remembered for this run only. */
  public ActivityViewModel(PaymentsContext ctx, I18n i18n) {
    this(ctx, i18n, RecentFolder.forThisRun());
  }

  /**
   * @param folders where the export goes first: the last folder used (kept in the data folder, so
   *     it outlives a language switch), else the home folder
   */
  public ActivityViewModel(PaymentsContext ctx, I18n i18n, RecentFolder folders) {
    this.ctx = ctx;
    this.i18n = i18n;
    this.folders = folders;
    exportPath.set(folders.folder().resolve(EXPORT_NAME).toString());
    selected.addListener(
        (o, a, b) -> {
          label.set(b == null ? "" : b.label());
          note.set(b == null ? "" : b.note());
        });
    ctx.session().selectedAccountProperty().addListener((o, a, b) -> refresh());
    ctx.node().onNetworkChange(this::refresh);
  }

  public ObservableList<ActivityItem> items() {
    return items;
  }

  public ObjectProperty<ActivityItem> selectedProperty() {
    return selected;
  }

  public StringProperty labelProperty() {
    return label;
  }

  public StringProperty noteProperty() {
    return note;
  }

  /** Where {@link #exportCsv()} writes. */
  public StringProperty exportPathProperty() {
    return exportPath;
  }

  /** The folders the export's file chooser opens in and remembers. */
  public RecentFolder folders() {
    return folders;
  }

  /**
   * The fee of {@code item} with its unit for the table ("0.000021 ETH", "≈ 0.00004201 ETH" when
   * shortened; the CSV keeps the exact value), empty when not known.
   */
  public String feeText(ActivityItem item) {
    if (item.fee() == null || item.fee().isEmpty()) {
      return "";
    }
    String unit = ctx.node().selected().map(Network::currencySymbol).orElse("ETH");
    return Layout.shortAmount(item.fee()) + " " + unit;
  }

  /** The saved label and note of {@code item} on one line ("supplies · flour, March"). */
  public static String annotation(ActivityItem item) {
    List<String> parts = new ArrayList<>();
    if (item.label() != null && !item.label().isBlank()) {
      parts.add(item.label().strip());
    }
    if (item.note() != null && !item.note().isBlank()) {
      parts.add(item.note().strip().replaceAll("\\s*\\R\\s*", " "));
    }
    return String.join(" · ", parts);
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

  /** How far the account's history has caught up ("block N of M"), empty when it has. */
  public StringProperty progressProperty() {
    return progress;
  }

  /**
   * Re-reads the list from the journal and the node, catching up the account's history in the
   * background; {@link #progressProperty()} shows how far, {@link #cancelWork()} stops it.
   */
  public void refresh() {
    Optional<Account> account = account();
    if (account.isEmpty()) {
      items.clear();
      return;
    }
    String keep = selected.get() == null ? null : selected.get().hash();
    run(
        BackgroundTask.of(c -> new ActivityLoader(ctx, i18n).load(account.get().address(), c))
            .onProgress(p -> progress.set(p.message()))
            .onSuccess(
                list -> {
                  items.setAll(list);
                  selected.set(
                      list.stream().filter(i -> i.hash().equals(keep)).findFirst().orElse(null));
                }));
  }

  /** Re-sends the selected pending transaction with higher fees (+10 % at least). */
  public void speedUp(char[] password) {
    replace(password, false);
  }

  /** Replaces the selected pending transaction by a 0-value transfer to the account itself. */
  public void cancelTransaction(char[] password) {
    replace(password, true);
  }

  private void replace(char[] password, boolean cancel) {
    Optional<PasswordGate> gate = PasswordGate.take(ctx.session(), password);
    ActivityItem item = selected.get();
    if (item == null || !item.replaceable() || gate.isEmpty()) {
      gate.ifPresent(PasswordGate::discard);
      error.set(i18n.get("activity.error.notReplaceable"));
      return;
    }
    error.set("");
    message.set(i18n.get(cancel ? "activity.cancelling" : "activity.speedingUp"));
    run(
        BackgroundTask.of(
                c -> {
                  Signer signer = gate.get().verify();
                  NodeClient node = ctx.node().client();
                  Replacer replacer = ctx.node().replacer(node, ctx.node().network());
                  HexBytes hash = HexBytes.parse(item.hash());
                  SignedTransaction signed =
                      cancel ? replacer.cancel(hash, signer) : replacer.speedUp(hash, signer);
                  ctx.journal().record(Journal.replacement(item.sent(), signed, cancel));
                  return signed;
                })
            .onSuccess(
                s -> {
                  message.set(
                      i18n.format(
                          cancel ? "activity.cancelSent" : "activity.speedUpSent", s.hash()));
                  refresh();
                }));
  }

  /** Saves the label and note of the selected transaction. */
  public void saveNote() {
    ActivityItem item = selected.get();
    if (item == null) {
      return;
    }
    TxNote n = new TxNote(item.hash(), label.get(), note.get());
    run(
        BackgroundTask.ofRunnable(c -> ctx.notes().put(n))
            .onSuccess(
                v -> {
                  ActivityItem changed = item.withNote(n.label(), n.note());
                  int at = items.indexOf(item);
                  if (at >= 0) {
                    items.set(at, changed);
                  }
                  selected.set(changed);
                  message.set(i18n.get("activity.noteSaved"));
                }));
  }

  /** Writes the list as CSV to the export path. */
  public void exportCsv() {
    String text = exportPath.get() == null ? "" : exportPath.get().strip();
    if (text.isEmpty()) {
      error.set(i18n.get("activity.error.noExportPath"));
      return;
    }
    exportCsv(Path.of(text));
  }

  /** Writes the list as CSV to {@code file}. */
  public void exportCsv(Path file) {
    List<ActivityItem> snapshot = new ArrayList<>(items);
    run(
        BackgroundTask.ofRunnable(c -> ActivityCsv.write(file, snapshot))
            .onSuccess(
                v -> {
                  folders.remember(file);
                  message.set(i18n.format("activity.exported", snapshot.size(), file.toString()));
                }));
  }

  /** Stops a long refresh. */
  public void cancelWork() {
    if (running != null) {
      running.cancel();
    }
  }

  private Optional<Account> account() {
    return Optional.ofNullable(ctx.session().selectedAccountProperty().get());
  }

  private <T> void run(BackgroundTask<T> task) {
    busy.set(true);
    running =
        ctx.executor()
            .execute(
                task.onFailure(e -> error.set(Failures.explain(e, i18n)))
                    .onFinished(
                        () -> {
                          busy.set(false);
                          progress.set("");
                        }));
  }
}
