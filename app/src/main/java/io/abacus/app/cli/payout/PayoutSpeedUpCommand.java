package io.abacus.app.cli.payout;

import io.abacus.app.cli.CliContext;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutReplacer;
import io.abacus.wallet.signing.Signer;
import java.io.IOException;
import picocli.CommandLine.Command;

/** {@code payout speedup}: re-sends a stuck row with higher fees, recorded in the journal. */
@Command(
    name = "speedup",
    mixinStandardHelpOptions = true,
    description =
        "Re-send a stuck payout row with fees raised by at least 10 %%; the journal records the"
            + " replacement, so 'payout run' waits for it and never sends the row again.")
public final class PayoutSpeedUpCommand extends PayoutReplaceCommand {
  public PayoutSpeedUpCommand(CliContext context) {
    super(context);
  }

  @Override
  JournalRow replace(PayoutReplacer replacer, int index, Signer signer) throws IOException {
    return replacer.speedUp(index, signer);
  }
}
