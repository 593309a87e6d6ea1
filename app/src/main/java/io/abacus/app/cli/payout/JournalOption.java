package io.abacus.app.cli.payout;

import io.abacus.app.cli.UserException;
import io.abacus.wallet.payout.PayoutJournal;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --journal J} option of {@code payout status} and {@code payout export}. */
final class JournalOption {
  @Option(
      names = "--journal",
      required = true,
      paramLabel = "J",
      description = "The payout journal.")
  Path file;

  PayoutJournal open() {
    try {
      return PayoutJournal.open(file)
          .orElseThrow(() -> new UserException("no payout journal at " + file));
    } catch (IOException e) {
      throw new UserException(e.getMessage(), e);
    }
  }
}
