package io.abacus.app.cli.wallet;

import io.abacus.app.cli.CliContext;
import io.abacus.wallet.vault.Wallet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus wallet accounts NAME}: the accounts of a wallet. */
@Command(
    name = "accounts",
    description = "List the accounts of a wallet.",
    mixinStandardHelpOptions = true)
public final class AccountsCommand extends VaultCommand {
  @Parameters(paramLabel = "NAME", description = "Wallet name.")
  String name;

  @Option(names = "--all", description = "Include hidden accounts.")
  boolean all;

  public AccountsCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() {
    try (Wallet wallet = open(name)) {
      printAccounts(name, all ? wallet.accounts() : wallet.visibleAccounts());
    }
    return 0;
  }
}
