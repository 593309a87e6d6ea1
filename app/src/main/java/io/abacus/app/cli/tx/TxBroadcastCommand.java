package io.abacus.app.cli.tx;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.InputFiles;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.storage.InputLimits;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.TransactionCodec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tx broadcast}: sends a signed file (or raw hex) exactly once. */
@Command(
    name = "broadcast",
    mixinStandardHelpOptions = true,
    description =
        "Send a signed transaction file (from 'tx sign --out') or a file of raw hex to the node.")
public final class TxBroadcastCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;
  @Mixin NodeOptions node = new NodeOptions();
  @Mixin WaitOptions waiting = new WaitOptions();

  @Option(
      names = "--signed",
      required = true,
      paramLabel = "FILE",
      description = "Signed transaction file.")
  Path file;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public TxBroadcastCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String what = "signed transaction file";
    String text = InputFiles.text(file, what, InputLimits.TRANSACTION_FILE);
    JsonNode doc = null;
    if (text.strip().startsWith("{")) {
      doc = InputFiles.json(file, what, InputLimits.TRANSACTION_FILE);
    }
    HexBytes raw = TxFiles.raw(file, text, doc);
    SignedTransaction signed;
    try {
      signed = TransactionCodec.decode(raw.toBytes());
    } catch (IllegalArgumentException e) {
      throw new UserException(file + ": " + e.getMessage());
    }
    OnlineWallet wallet = new OnlineWallet(node, spec);
    wallet.broadcaster.broadcast(signed);
    SentOutput.print(context, json, signed, waiting.follow(wallet.broadcaster, signed));
    return 0;
  }
}
