package io.abacus.app.cli.wallet;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.hd.DerivationPath;
import io.abacus.wallet.hd.PathPreset;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus wallet add-account NAME}: derives more accounts. */
@Command(
    name = "add-account",
    description = {
      "Derive more accounts from the wallet's recovery phrase: the next --count of a --preset",
      "(metamask = MetaMask / Trezor, ledger-live, ledger-legacy), or one custom --path."
    },
    mixinStandardHelpOptions = true)
public final class AddAccountCommand extends VaultCommand {
  @Parameters(paramLabel = "NAME", description = "Wallet name.")
  String name;

  @Option(names = "--count", defaultValue = "1", description = "How many (default 1).")
  int count;

  @Option(
      names = "--preset",
      defaultValue = "metamask",
      paramLabel = "ID",
      description = "metamask, ledger-live or ledger-legacy (default metamask).")
  String preset;

  @Option(names = "--path", paramLabel = "PATH", description = "A custom derivation path.")
  String path;

  @Option(
      names = "--name",
      defaultValue = "",
      paramLabel = "LABEL",
      description = "Name of the account (with --path).")
  String label;

  public AddAccountCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() {
    if (count < 1 || count > 1000) {
      throw new UserException("--count must be 1 to 1000, not " + count);
    }
    PathPreset layout;
    DerivationPath custom;
    try {
      layout = PathPreset.byName(preset);
      custom = path == null ? null : DerivationPath.parse(path);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
    List<Account> added =
        edit(
            name,
            wallet ->
                custom != null
                    ? List.of(wallet.derive(custom, label))
                    : wallet.deriveNext(layout, count));
    printAccounts(name, added);
    return 0;
  }
}
