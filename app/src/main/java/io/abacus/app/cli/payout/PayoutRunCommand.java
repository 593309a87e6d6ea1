package io.abacus.app.cli.payout;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.payments.NodeAccess;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.MultiSendPlan;
import io.abacus.wallet.payout.PayoutJournal;
import io.abacus.wallet.payout.PayoutPlan;
import io.abacus.wallet.payout.PayoutRow;
import io.abacus.wallet.payout.PayoutRunner;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.send.Broadcaster;
import io.abacus.wallet.storage.LockedFile;
import io.abacus.wallet.vault.Wallet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code payout run}: pays every row, or resumes the run its journal records. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Pay every row of a payout CSV, or resume the run recorded in its journal: a row on chain is"
            + " never sent again, a signed one is re-broadcast with the same bytes.")
public final class PayoutRunCommand implements Callable<Integer> {
  private final CliContext context;
  private BufferedReader stdin;

  @Mixin PayoutInput input = new PayoutInput();

  @Option(
      names = "--journal",
      paramLabel = "J",
      description =
          "The payout journal (default: derived from the CSV's content, in the data folder).")
  Path journal;

  @Option(names = "--yes", description = "Do not ask before paying (duplicate rows included).")
  boolean yes;

  @Option(
      names = "--speed",
      defaultValue = "normal",
      paramLabel = "slow|normal|fast",
      description = "Fee preset (default normal).")
  String speed;

  @Option(
      names = "--in-flight",
      defaultValue = "16",
      paramLabel = "N",
      description = "Most transactions waiting for a receipt at once (default 16).")
  int inFlight;

  @Option(
      names = "--poll-ms",
      defaultValue = "500",
      hidden = true,
      description = "How often to ask the node for receipts, in milliseconds.")
  long pollMillis;

  public PayoutRunCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (inFlight < 1) {
      throw new UserException("--in-flight must be at least 1");
    }
    byte[] csv = input.csvBytes();
    List<PayoutRow> rows = input.rows(csv);
    Path file = journal != null ? journal : PayoutJournal.defaultFile(input.dataDirectory(), csv);
    try (Wallet wallet = input.openWallet(context)) {
      Account account = input.pick(wallet);
      if (!account.canSign()) {
        throw new UserException(account.address() + " is a watch-only account: it cannot sign");
      }
      PayoutRunner.Summary summary =
          LockedFile.withLock(file, () -> run(file, csv, rows, account, wallet));
      PayoutOutput.printRun(context, input.json, summary, PayoutJournal.open(file).orElseThrow());
      return summary.failed() == 0 ? 0 : 1;
    }
  }

  private PayoutRunner.Summary run(
      Path file, byte[] csv, List<PayoutRow> rows, Account account, Wallet wallet)
      throws IOException {
    PayoutJournal j = existing(file, csv, account).orElse(null);
    if (j == null) {
      PayoutPlan plan =
          PayoutPlanCommand.plan(input, rows, account.address(), PayoutInput.speed(speed));
      Optional<MultiSendPlan> multiSend =
          input.multiSend(plan, account.address(), PayoutInput.speed(speed), context.env());
      new PayoutReport(input.network())
          .lines(plan, multiSend, input.multiSend)
          .forEach(context.err()::println);
      if (!plan.errors().isEmpty()) {
        throw new UserException("not paid: fix the errors above (see 'payout plan')");
      }
      if (!yes && !ask("Pay " + plan.items().size() + " rows?")) {
        throw new UserException("not paid: declined");
      }
      j = create(file, csv, account, plan, multiSend.filter(m -> input.multiSend));
      context.err().println("journal: " + file);
    } else {
      context.err().println("resuming the run in " + file);
    }
    NodeClient client = input.node.client();
    Broadcaster broadcaster =
        new Broadcaster(
            client,
            NodeAccess.pendingStoreIn(input.dataDirectory()),
            d -> Thread.sleep(d.toMillis()));
    PayoutRunner runner =
        new PayoutRunner(
            client,
            broadcaster,
            j,
            listener(),
            this::replan,
            new PayoutRunner.Options(
                PayoutInput.speed(speed),
                inFlight,
                Duration.ofMillis(pollMillis),
                Duration.ofMinutes(5)),
            d -> Thread.sleep(d.toMillis()));
    try {
      return runner.run(wallet.signer(account.address()));
    } catch (RpcException e) {
      throw new UserException(e.getMessage() + "; run again to resume", e);
    }
  }

  private PayoutJournal create(
      Path file, byte[] csv, Account account, PayoutPlan plan, Optional<MultiSendPlan> multiSend)
      throws IOException {
    long chainId = input.node.requireChainId();
    String sha = PayoutJournal.sha256(csv);
    if (multiSend.isEmpty()) {
      return PayoutJournal.create(file, chainId, account.address(), sha, plan.items());
    }
    return PayoutJournal.createMultiSend(
        file,
        chainId,
        account.address(),
        sha,
        plan.items(),
        multiSend.get().contract(),
        multiSend.get().approve());
  }

  private Optional<PayoutJournal> existing(Path file, byte[] csv, Account account)
      throws IOException {
    Optional<PayoutJournal> j = PayoutJournal.open(file);
    if (j.isEmpty()) {
      return j;
    }
    if (!j.get().csvSha256().equals(PayoutJournal.sha256(csv))) {
      throw new UserException("the journal " + file + " records another CSV (its content differs)");
    }
    if (!j.get().from().equals(account.address())) {
      throw new UserException(
          "the journal " + file + " pays from " + j.get().from() + ", not " + account.address());
    }
    if (j.get().chainId() != input.node.requireChainId()) {
      throw new UserException("the journal " + file + " is for chain id " + j.get().chainId());
    }
    return j;
  }

  private PayoutRunner.Listener listener() {
    return new PayoutRunner.Listener() {
      @Override
      public void row(int index, JournalRow row) {
        say(
            "line "
                + row.line()
                + ": "
                + row.status().label()
                + (row.hash() == null ? "" : " " + row.hash())
                + (row.batch() == null ? "" : " (batch " + row.batch() + ")"));
      }

      @Override
      public void paused(String message) {
        say(message);
      }

      @Override
      public void resumed() {
        say("the node answers again; resuming");
      }
    };
  }

  private void say(String line) {
    context.err().println(line);
    context.err().flush();
  }

  private boolean replan(JournalRow row, String why) {
    context.err().println(why);
    return ask(
        (row.batch() == null ? "Sign line " + row.line() : "Sign batch " + row.batch())
            + " again with a new nonce?");
  }

  private boolean ask(String question) {
    context.err().print(question + " [y/N] ");
    context.err().flush();
    try {
      if (stdin == null) {
        stdin = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
      }
      String answer = stdin.readLine();
      return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
