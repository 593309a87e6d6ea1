package io.abacus.app.cli.payout;

import io.abacus.app.cli.CliContext;
import io.abacus.app.payouts.PayoutResultCsv;
import io.abacus.wallet.payout.PayoutJournal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code payout export}: the result CSV for the accountant. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write the result CSV: the input columns plus recipient address, hash, status, fee, block"
            + " and time of each row.")
public final class PayoutExportCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin JournalOption journal = new JournalOption();

  @Option(names = "--csv", required = true, paramLabel = "OUT", description = "The CSV to write.")
  Path out;

  public PayoutExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    PayoutJournal j = journal.open();
    PayoutResultCsv.write(j.rows(), out);
    context.err().println(j.rows().size() + " rows written to " + out);
    return 0;
  }
}
