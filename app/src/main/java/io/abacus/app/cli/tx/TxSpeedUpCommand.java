package io.abacus.app.cli.tx;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.common.KeyFile;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.tx.SignedTransaction;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tx speed-up}: replaces a pending transaction of this wallet with higher fees. */
@Command(
    name = "speed-up",
    mixinStandardHelpOptions = true,
    description =
        "Re-send one of this wallet's pending transactions with fees raised by at least 10 %.")
public final class TxSpeedUpCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;
  @Mixin NodeOptions node = new NodeOptions();
  @Mixin WaitOptions waiting = new WaitOptions();

  @Parameters(index = "0", paramLabel = "HASH", description = "The pending transaction.")
  String hash;

  @Option(
      names = "--private-key-file",
      required = true,
      paramLabel = "FILE",
      description = "File holding the private key as hex.")
  Path keyFile;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public TxSpeedUpCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    OnlineWallet wallet = new OnlineWallet(node, spec);
    try (PrivateKeySigner signer = KeyFile.signer(keyFile)) {
      SignedTransaction s = wallet.replacer().speedUp(TxStatusCommand.hash(hash), signer);
      SentOutput.print(context, json, s, waiting.follow(wallet.broadcaster, s));
    }
    return 0;
  }
}
