package io.abacus.app.cli.payout;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.AccountChoice;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.app.payments.NodeAccess;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutJournal;
import io.abacus.wallet.payout.PayoutReplacer;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.send.Broadcaster;
import io.abacus.wallet.send.SafetyException;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.storage.LockedFile;
import io.abacus.wallet.vault.Wallet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code payout speedup} and {@code payout cancel} share: replace one stuck row of a payout
 * with {@link PayoutReplacer}, holding the journal's lock (so never during a run), and print the
 * row as the journal now records it.
 */
abstract class PayoutReplaceCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;
  @Mixin NodeOptions node = new NodeOptions();
  @Mixin JournalOption journal = new JournalOption();

  @Option(names = "--line", required = true, paramLabel = "L", description = "The row's CSV line.")
  int line;

  @Option(names = "--wallet", required = true, paramLabel = "W", description = "Wallet name.")
  String wallet;

  @Option(
      names = "--account",
      required = true,
      paramLabel = "N|ADDR",
      description = "Account number (0 = first) or address: the payout's payer.")
  String account;

  @Option(
      names = "--password-file",
      paramLabel = "P",
      description = "File with the wallet password, or - (default: prompt).")
  String passwordFile;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  PayoutReplaceCommand(CliContext context) {
    this.context = context;
  }

  /** Replaces row {@code index}. */
  abstract JournalRow replace(PayoutReplacer replacer, int index, Signer signer) throws IOException;

  @Override
  public Integer call() throws IOException {
    PayoutJournal j = journal.open();
    if (j.chainId() != node.requireChainId()) {
      throw new UserException("the journal " + j.file() + " is for chain id " + j.chainId());
    }
    Path data = ((RootOptions) spec.root().userObject()).dataDirectory();
    try (Wallet w = PayoutInput.openWallet(context, data, wallet, passwordFile)) {
      Account payer = AccountChoice.pick(w, account);
      Signer signer = w.signer(payer.address());
      JournalRow row = LockedFile.withLock(j.file(), () -> replace(j, data, signer));
      if (json) {
        JsonOutput.print(
            context.out(),
            JsonOutput.object()
                .put("line", row.line())
                .put("nonce", row.nonce())
                .put("hash", row.hash())
                .put("replaced", String.join(",", row.earlierHashes()))
                .put("status", row.status().label()));
      } else {
        context
            .out()
            .println("line " + row.line() + ": " + row.status().label() + " " + row.hash());
      }
      return 0;
    }
  }

  private JournalRow replace(PayoutJournal j, Path data, Signer signer) throws IOException {
    NodeClient client = node.client();
    Broadcaster broadcaster =
        new Broadcaster(client, NodeAccess.pendingStoreIn(data), d -> Thread.sleep(d.toMillis()));
    PayoutReplacer replacer = new PayoutReplacer(client, broadcaster, j);
    try {
      return replace(replacer, replacer.indexOfLine(line), signer);
    } catch (SafetyException | RpcException e) {
      throw new UserException(e.getMessage(), e);
    }
  }
}
