package io.abacus.app.cli.wallet;

import io.abacus.app.cli.CliContext;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus wallet watch NAME ADDR}: adds a watch-only address. */
@Command(
    name = "watch",
    description = "Add a watch-only address (no key: can build, not sign).",
    mixinStandardHelpOptions = true)
public final class WatchCommand extends VaultCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "Wallet name.")
  String name;

  @Parameters(index = "1", paramLabel = "ADDR", description = "Address to watch.")
  String address;

  @Option(names = "--name", defaultValue = "", paramLabel = "LABEL", description = "Account name.")
  String label;

  public WatchCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() {
    Address watched = Address.parse(address);
    Account added = edit(name, wallet -> wallet.watch(watched, label));
    printAccounts(name, List.of(added));
    return 0;
  }
}
