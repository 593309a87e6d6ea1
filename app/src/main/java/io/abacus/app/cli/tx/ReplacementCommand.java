package io.abacus.app.cli.tx;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.send.Replacer;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.tx.SignedTransaction;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What {@code tx speed-up} and {@code tx cancel} share: find, replace, report. */
abstract class ReplacementCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;
  @Mixin NodeOptions node = new NodeOptions();
  @Mixin WaitOptions waiting = new WaitOptions();

  @Parameters(index = "0", paramLabel = "HASH", description = "The pending transaction.")
  String hash;

  @ArgGroup(exclusive = true, multiplicity = "1")
  SigningKey key;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  ReplacementCommand(CliContext context) {
    this.context = context;
  }

  /** Builds, signs and broadcasts the replacement. */
  abstract SignedTransaction replace(Replacer replacer, HexBytes hash, Signer signer);

  @Override
  public Integer call() {
    OnlineWallet wallet = new OnlineWallet(node, spec);
    try (SigningKey.Held held = key.open(context, spec)) {
      SignedTransaction s = replace(wallet.replacer(), TxStatusCommand.hash(hash), held.signer());
      SentOutput.print(context, json, s, waiting.follow(wallet.broadcaster, s));
    }
    return 0;
  }
}
