package io.abacus.app.cli.tx;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.nonce.PendingTransaction;
import io.abacus.wallet.send.TxStatus;
import java.math.BigInteger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tx status}: pending, mined (with confirmations and revert reason), replaced or dropped.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show where a transaction stands.")
public final class TxStatusCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;
  @Mixin NodeOptions node = new NodeOptions();

  @Parameters(index = "0", paramLabel = "HASH", description = "Transaction hash.")
  String hash;

  @Option(
      names = "--from",
      paramLabel = "ADDRESS",
      description = "Sender, to tell replaced from dropped.")
  String from;

  @Option(
      names = "--nonce",
      paramLabel = "N",
      description = "Nonce, to tell replaced from dropped.")
  BigInteger nonce;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public TxStatusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    HexBytes h = hash(hash);
    OnlineWallet wallet = new OnlineWallet(node, spec);
    Address sender = from == null ? null : Address.parse(from);
    BigInteger n = nonce;
    if (sender == null || n == null) {
      for (PendingTransaction p : wallet.pendingByHash(h)) {
        sender = p.from();
        n = p.nonce();
      }
    }
    TxStatus status = wallet.broadcaster.status(h, sender, n);
    if (json) {
      JsonOutput.print(context.out(), StatusOutput.json(h, status));
    } else {
      context.out().println(StatusOutput.text(h, status));
    }
    return 0;
  }

  static HexBytes hash(String text) {
    try {
      HexBytes h = HexBytes.parse(text);
      if (h.length() == 32) {
        return h;
      }
    } catch (IllegalArgumentException e) {
      // fall through to the message below
    }
    throw new UserException("'" + text + "' is not a transaction hash (0x and 64 hex digits)");
  }
}
