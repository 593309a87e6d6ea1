package io.abacus.app.payouts;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Failures;
import io.abacus.app.payments.PasswordGate;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.Progress;
import io.abacus.app.task.TaskContext;
import io.abacus.app.task.TaskHandle;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutCsvException;
import io.abacus.wallet.payout.PayoutJournal;
import io.abacus.wallet.payout.PayoutPlanner;
import io.abacus.wallet.payout.PayoutRunner;
import io.abacus.wallet.payout.PayoutStoppedException;
import io.abacus.wallet.payout.PayoutValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Payouts page's model: the imported CSV, its review and the run paying it. It lives as long as
 * the window (owned by {@link PayoutsPages}), so leaving the page and coming back shows the run
 * where it is. Checking, planning and paying use wallet-core's {@link PayoutValidator}, {@link
 * PayoutPlanner}, {@link PayoutJournal} and {@link PayoutRunner}, as {@code abacus payout} does,
 * with the same default journal; all node work runs through the one task executor.
 */
public final class PayoutRun {
  /** Where the page is. */
  public enum Stage {
    EMPTY,
    CHECKING,
    REVIEW,
    RUNNING,
    STOPPED,
    DONE
  }

  private final PaymentsContext ctx;
  private final Path dataDirectory;
  private final PayoutRunner.Options options;
  private I18n i18n;
  private final ObservableList<PayoutLine> lines = FXCollections.observableArrayList();
  private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.EMPTY);
  private final StringProperty file = new SimpleStringProperty("");
  private final StringProperty totals = new SimpleStringProperty("");
  private final StringProperty problems = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty confirmWarnings = new SimpleBooleanProperty();
  private final PayoutQuestion question = new PayoutQuestion();
  private final ObjectProperty<Speed> speed = new SimpleObjectProperty<>();
  private PayoutCheck.Checked checked;
  private volatile PayoutJournal journal;
  private TaskHandle running;
  private final PayoutJournalTasks tasks;
  private final MultiSendContracts contracts;
  private final PayoutMode mode = new PayoutMode();

  /**
   * @param options how runs go (fee preset, receipts in flight, poll interval)
   * @param contracts where the network's multi-send contract is known
   */
  public PayoutRun(
      PaymentsContext ctx,
      Path dataDirectory,
      PayoutRunner.Options options,
      I18n i18n,
      MultiSendContracts contracts) {
    this.ctx = ctx;
    this.contracts = contracts;
    this.dataDirectory = dataDirectory;
    this.options = options;
    this.i18n = i18n;
    this.tasks = new PayoutJournalTasks(ctx, this);
    speed.set(options.speed());
    speed.addListener(
        (o, was, now) -> {
          if (stage.get() == Stage.REVIEW) {
            reimport(); // the review's fee follows the preset
          }
        });
  }

  /** The run's options with the chosen fee preset. */
  private PayoutRunner.Options options() {
    Speed chosen = speed.get() == null ? options.speed() : speed.get();
    return new PayoutRunner.Options(
        chosen, options.maxInFlight(), options.poll(), options.maxPause());
  }

  /** The fee preset of the review and of the run (as on the Send page). */
  public ObjectProperty<Speed> speedProperty() {
    return speed;
  }

  /** The standard options of a run from the app. */
  public static PayoutRunner.Options standardOptions() {
    return new PayoutRunner.Options(
        Speed.NORMAL, 16, Duration.ofMillis(500), Duration.ofMinutes(5));
  }

  /** The language of messages from now on (the window was rebuilt in another language). */
  public void useLanguage(I18n language) {
    this.i18n = language;
  }

  /** Reads, checks and plans {@code csvFile} paid from the selected account, off the UI thread. */
  public void importFile(Path csvFile) {
    if (stage.get() == Stage.RUNNING) {
      message.set(i18n.get("payouts.busy"));
      return;
    }
    Optional<Address> from = selected();
    if (from.isEmpty()) {
      message.set(i18n.get("payouts.noAccount"));
      return;
    }
    stage.set(Stage.CHECKING);
    message.set(i18n.get("payouts.checking"));
    ctx.executor()
        .execute(
            BackgroundTask.of(
                    c ->
                        PayoutCheck.check(
                            ctx, dataDirectory, options(), csvFile, from.get(), contracts))
                .onSuccess(this::reviewed)
                .onFailure(
                    e -> {
                      stage.set(checked == null ? Stage.EMPTY : Stage.REVIEW);
                      message.set(explain(e));
                    }));
  }

  /** Reads the file again (after the user fixed it). */
  public void reimport() {
    if (checked != null) {
      importFile(checked.file());
    }
  }

  private void reviewed(PayoutCheck.Checked c) {
    checked = c;
    journal = c.journal();
    confirmWarnings.set(false);
    file.set(c.file().getFileName().toString());
    totals.set(new PayoutTotals(i18n, ctx.node().network()).text(c.plan()));
    problems.set(PayoutLines.general(c.plan().errors()));
    mode.show(c.plan(), c.multiSend(), i18n, ctx.node().network());
    if (journal != null) {
      showJournal();
      boolean done = journal.rows().stream().allMatch(r -> r.status().isFinal());
      stage.set(done ? Stage.DONE : Stage.STOPPED);
      message.set(i18n.get(done ? "payouts.alreadyPaid" : "payouts.resumable"));
      return;
    }
    lines.setAll(PayoutLines.review(c.rows(), c.plan()));
    stage.set(Stage.REVIEW);
    message.set(
        c.plan().payable()
            ? i18n.format("payouts.ready", c.plan().items().size())
            : i18n.format("payouts.fix", c.plan().errors().size()));
  }

  /** Whether {@link #pay} can start now. */
  public boolean canPay() {
    if (checked == null) {
      return false;
    }
    if (stage.get() == Stage.STOPPED) {
      return true;
    }
    return stage.get() == Stage.REVIEW
        && checked.plan().payable()
        && (checked.plan().warnings().isEmpty() || confirmWarnings.get());
  }

  /**
   * Checks {@code password} and pays every row (or resumes the run), off the UI thread; {@code
   * password} is wiped.
   */
  public void pay(char[] password) {
    if (!canPay()) {
      java.util.Arrays.fill(password, '\0');
      message.set(i18n.get("payouts.cannotPay"));
      return;
    }
    Optional<PasswordGate> gate = PasswordGate.take(ctx.session(), password);
    if (gate.isEmpty()) {
      message.set(i18n.get("payouts.noAccount"));
      return;
    }
    PayoutCheck.Checked c = checked;
    Optional<io.abacus.wallet.payout.MultiSendPlan> multiSend = mode.chosen();
    Network network = ctx.node().network();
    PayoutActivity activity =
        new PayoutActivity(
            ctx.journal(),
            ctx.notes(),
            network.chainId(),
            selected().map(Address::toString).orElse(""),
            i18n.format("payouts.activityLabel", c.file().getFileName(), c.rows().size()));
    stage.set(Stage.RUNNING);
    message.set(i18n.get("payouts.signing"));
    running =
        ctx.executor()
            .execute(
                BackgroundTask.of(
                        task -> {
                          PayoutWork work =
                              new PayoutWork(ctx.node(), dataDirectory, options(), activity, task);
                          return work.run(
                              gate.get(), c.csv(), c.plan().items(), multiSend, network, this);
                        })
                    .onProgress(this::progressed)
                    .onSuccess(this::finished)
                    .onFailure(
                        e -> {
                          // A wrong password leaves the review as it was: nothing was signed.
                          question.clear();
                          stage.set(journal == null ? Stage.REVIEW : Stage.STOPPED);
                          showJournal();
                          message.set(explain(e));
                        })
                    .onCancelled(
                        () -> {
                          question.clear();
                          stage.set(Stage.STOPPED);
                          showJournal();
                          message.set(i18n.get("payouts.cancelled"));
                        }));
  }

  private void progressed(Progress p) {
    showJournal();
    question.show();
    message.set(
        p.message().isEmpty()
            ? i18n.format("payouts.progress", Math.round(Math.max(0, p.fraction()) * 100))
            : p.message());
  }

  private void finished(PayoutRunner.Summary s) {
    question.clear();
    showJournal();
    stage.set(Stage.DONE);
    message.set(i18n.format("payouts.finished", s.paid(), s.failed(), s.rows()));
  }

  /** Stops the run; the journal keeps every row's state and paying again resumes it. */
  public void cancel() {
    if (running != null && stage.get() == Stage.RUNNING) {
      running.cancel();
    }
  }

  /**
   * Speeds up (or, with {@code cancel}, cancels) the stuck row of CSV line {@code line} of a
   * stopped run, off the UI thread; the replacement is written to the journal, so paying again
   * waits for it instead of sending the row again. {@code password} is wiped.
   */
  public void replace(int line, boolean cancel, char[] password) {
    tasks.replace(stage.get() == Stage.STOPPED ? journal : null, line, cancel, password);
  }

  /** Writes the result CSV of the run (input columns plus hash, status, fee, block, time). */
  public void export(Path out) {
    tasks.export(journal, out);
  }

  /**
   * Asks whether to sign {@code row} again with a new nonce (its nonce went to another transaction)
   * and waits for {@link #answer}; on the run's thread.
   */
  boolean askReplan(JournalRow row, TaskContext task) {
    String text = i18n.format("payouts.nonceTaken", row.line(), row.nonce());
    return question.ask(text, () -> task.progress(Progress.indeterminate(text)));
  }

  /** Answers the run's question: yes re-plans the row, no stops the run where it is. */
  public void answer(boolean yes) {
    question.answer(yes);
  }

  /** The question the run waits on (empty when none). */
  public ReadOnlyStringProperty questionProperty() {
    return question.textProperty();
  }

  /** Called by the run (on its thread) when it created the journal. */
  void started(PayoutJournal created) {
    journal = created;
  }

  /** The journal of the imported file, once a run started, else null. */
  PayoutJournal journal() {
    return journal;
  }

  I18n i18n() {
    return i18n;
  }

  /** Shows the journal's rows (after a change made outside a run). */
  void showJournal() {
    PayoutJournal j = journal;
    if (j != null) {
      lines.setAll(PayoutLines.journal(j.rows(), i18n));
    }
  }

  private Optional<Address> selected() {
    return Optional.ofNullable(ctx.session().selectedAccountProperty().get()).map(a -> a.address());
  }

  /** The one-line message for {@code e}. */
  String explain(Throwable e) {
    Throwable t =
        e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (t instanceof PayoutCsvException
        || t instanceof PayoutStoppedException
        || t instanceof IOException) {
      return t.getMessage();
    }
    return Failures.explain(t, i18n);
  }

  /** The review's choice between separate transactions and the multi-send. */
  public PayoutMode mode() {
    return mode;
  }

  public ObservableList<PayoutLine> lines() {
    return lines;
  }

  public ObjectProperty<Stage> stageProperty() {
    return stage;
  }

  public StringProperty fileProperty() {
    return file;
  }

  public StringProperty totalsProperty() {
    return totals;
  }

  public StringProperty problemsProperty() {
    return problems;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty confirmWarningsProperty() {
    return confirmWarnings;
  }

  /** Whether the imported file has rows to confirm (duplicates) before paying. */
  public boolean hasWarnings() {
    return checked != null && !checked.plan().warnings().isEmpty();
  }
}
