package io.abacus.app.cli.tx;

import io.abacus.app.cli.CliContext;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.send.Replacer;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.tx.SignedTransaction;
import picocli.CommandLine.Command;

/** {@code tx cancel}: replaces a pending transaction with a 0-value transfer to oneself. */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description =
        "Cancel one of this wallet's pending transactions: a 0-value self-transfer with the same"
            + " nonce and fees raised by at least 10 %%.")
public final class TxCancelCommand extends ReplacementCommand {

  public TxCancelCommand(CliContext context) {
    super(context);
  }

  @Override
  SignedTransaction replace(Replacer replacer, HexBytes hash, Signer signer) {
    return replacer.cancel(hash, signer);
  }
}
