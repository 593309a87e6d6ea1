package io.abacus.app.payouts;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.PasswordGate;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.task.BackgroundTask;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutJournal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the Payouts page does with a run's journal besides paying: replacing a stuck row (speed-up
 * or cancel, see {@link io.abacus.wallet.payout.PayoutReplacer}) and exporting the result CSV. It
 * reports through its {@link PayoutRun}'s stage and message.
 */
final class PayoutJournalTasks {
  private final PaymentsContext ctx;
  private final PayoutRun run;

  PayoutJournalTasks(PaymentsContext ctx, PayoutRun run) {
    this.ctx = ctx;
    this.run = run;
  }

  /**
   * Replaces the row of CSV line {@code line} of {@code stopped} (null when no run is stopped);
   * {@code password} is wiped.
   */
  void replace(PayoutJournal stopped, int line, boolean cancel, char[] password) {
    I18n i18n = run.i18n();
    if (stopped == null) {
      Arrays.fill(password, '\0');
      run.messageProperty().set(i18n.get("payouts.replaceWhenStopped"));
      return;
    }
    Optional<PasswordGate> gate = PasswordGate.take(ctx.session(), password);
    if (gate.isEmpty()) {
      run.messageProperty().set(i18n.get("payouts.noAccount"));
      return;
    }
    run.stageProperty().set(PayoutRun.Stage.CHECKING);
    run.messageProperty().set(i18n.get("payouts.signing"));
    ctx.executor()
        .execute(
            BackgroundTask.of(
                    c -> PayoutWork.replace(ctx.node(), gate.get(), stopped, line, cancel))
                .onSuccess(
                    row -> {
                      run.stageProperty().set(PayoutRun.Stage.STOPPED);
                      run.showJournal();
                      String key = cancel ? "payouts.cancelSent" : "payouts.speedUpSent";
                      run.messageProperty().set(i18n.format(key, row.line(), row.hash()));
                    })
                .onFailure(
                    e -> {
                      run.stageProperty().set(PayoutRun.Stage.STOPPED);
                      run.messageProperty().set(run.explain(e));
                    }));
  }

  /** Writes the result CSV of {@code journal} (null when there is no run yet) to {@code out}. */
  void export(PayoutJournal journal, Path out) {
    I18n i18n = run.i18n();
    if (journal == null) {
      run.messageProperty().set(i18n.get("payouts.nothingToExport"));
      return;
    }
    List<JournalRow> rows = journal.rows();
    ctx.executor()
        .execute(
            BackgroundTask.ofRunnable(c -> PayoutResultCsv.write(rows, out))
                .onSuccess(
                    v ->
                        run.messageProperty()
                            .set(i18n.format("payouts.exported", rows.size(), out)))
                .onFailure(e -> run.messageProperty().set(run.explain(e))));
  }
}
