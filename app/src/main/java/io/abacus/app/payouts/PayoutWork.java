package io.abacus.app.payouts;

import io.abacus.app.payments.NodeAccess;
import io.abacus.app.payments.PasswordGate;
import io.abacus.app.task.Progress;
import io.abacus.app.task.TaskContext;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.MultiSendPlan;
import io.abacus.wallet.payout.PayoutItem;
import io.abacus.wallet.payout.PayoutJournal;
import io.abacus.wallet.payout.PayoutReplacer;
import io.abacus.wallet.payout.PayoutRunner;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.storage.LockedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One run of a payout on a worker thread: checks the password, creates the journal (the same
 * default file {@code abacus payout run} uses, locked as it locks it) or resumes the one there, and
 * pays with {@link PayoutRunner}, reporting each change as task progress. Also replaces a stuck row
 * (speed-up or cancel) of a stopped run with {@link PayoutReplacer}.
 */
final class PayoutWork {
  private final NodeAccess node;
  private final Path dataDirectory;
  private final PayoutRunner.Options options;
  private final PayoutActivity activity;
  private final TaskContext task;

  PayoutWork(
      NodeAccess node,
      Path dataDirectory,
      PayoutRunner.Options options,
      PayoutActivity activity,
      TaskContext task) {
    this.node = node;
    this.dataDirectory = dataDirectory;
    this.options = options;
    this.activity = activity;
    this.task = task;
  }

  /**
   * Pays {@code items} of {@code csv}, through {@code multiSend} when present (or resumes the run
   * of {@code model}'s journal).
   */
  PayoutRunner.Summary run(
      PasswordGate gate,
      byte[] csv,
      List<PayoutItem> items,
      Optional<MultiSendPlan> multiSend,
      Network network,
      PayoutRun model)
      throws IOException {
    Signer signer = gate.verify();
    Path file = PayoutJournal.defaultFile(dataDirectory, csv);
    return LockedFile.withLock(
        file,
        () -> {
          PayoutJournal j = model.journal();
          if (j == null) {
            String sha = PayoutJournal.sha256(csv);
            j =
                multiSend.isEmpty()
                    ? PayoutJournal.create(file, network.chainId(), signer.address(), sha, items)
                    : PayoutJournal.createMultiSend(
                        file,
                        network.chainId(),
                        signer.address(),
                        sha,
                        items,
                        multiSend.get().contract(),
                        multiSend.get().approve());
            model.started(j);
          }
          task.progress(new Progress(done(j), ""));
          NodeClient client = node.client();
          PayoutRunner runner =
              new PayoutRunner(
                  client,
                  node.broadcaster(client),
                  j,
                  listener(j),
                  (row, why) -> model.askReplan(row, task),
                  options,
                  d -> Thread.sleep(d.toMillis()));
          return runner.run(signer);
        });
  }

  /**
   * Speeds up (or, with {@code cancel}, cancels) the row of CSV line {@code line} of {@code
   * journal}, holding the journal's lock as a run does; blocking.
   */
  static JournalRow replace(
      NodeAccess node, PasswordGate gate, PayoutJournal journal, int line, boolean cancel)
      throws IOException {
    Signer signer = gate.verify();
    return LockedFile.withLock(
        journal.file(),
        () -> {
          NodeClient client = node.client();
          PayoutReplacer replacer = new PayoutReplacer(client, node.broadcaster(client), journal);
          int index = replacer.indexOfLine(line);
          return cancel ? replacer.cancel(index, signer) : replacer.speedUp(index, signer);
        });
  }

  private PayoutRunner.Listener listener(PayoutJournal j) {
    return new PayoutRunner.Listener() {
      @Override
      public void row(int index, JournalRow row) {
        activity.seen(row, row.batch() == null ? null : j.batch(row.batch()));
        task.progress(new Progress(done(j), ""));
      }

      @Override
      public void paused(String why) {
        task.progress(Progress.indeterminate(why));
      }

      @Override
      public void resumed() {
        task.progress(new Progress(done(j), ""));
      }
    };
  }

  private static double done(PayoutJournal j) {
    List<JournalRow> rows = j.rows();
    return rows.isEmpty()
        ? 1
        : (double) rows.stream().filter(r -> r.status().isFinal()).count() / rows.size();
  }
}
