package io.abacus.app.cli.payout;

import io.abacus.app.cli.CliContext;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutReplacer;
import io.abacus.wallet.signing.Signer;
import java.io.IOException;
import picocli.CommandLine.Command;

/** {@code payout cancel}: replaces a stuck row with a 0-value transfer to the payer. */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description =
        "Replace a stuck payout row with a 0-value transfer to the payer (fees raised by at least"
            + " 10 %%); once mined the row is failed and its recipient not paid.")
public final class PayoutCancelCommand extends PayoutReplaceCommand {
  public PayoutCancelCommand(CliContext context) {
    super(context);
  }

  @Override
  JournalRow replace(PayoutReplacer replacer, int index, Signer signer) throws IOException {
    return replacer.cancel(index, signer);
  }
}
