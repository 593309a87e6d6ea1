package io.abacus.app.cli.tx;

import io.abacus.app.cli.CliContext;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.send.Replacer;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.tx.SignedTransaction;
import picocli.CommandLine.Command;

/** {@code tx speed-up}: replaces a pending transaction of this wallet with higher fees. */
@Command(
    name = "speed-up",
    mixinStandardHelpOptions = true,
    description =
        "Re-send one of this wallet's pending transactions with fees raised by at least 10 %%.")
public final class TxSpeedUpCommand extends ReplacementCommand {

  public TxSpeedUpCommand(CliContext context) {
    super(context);
  }

  @Override
  SignedTransaction replace(Replacer replacer, HexBytes hash, Signer signer) {
    return replacer.speedUp(hash, signer);
  }
}
