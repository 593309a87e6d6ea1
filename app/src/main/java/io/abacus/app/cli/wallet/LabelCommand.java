package io.abacus.app.cli.wallet;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus wallet label NAME ADDR}: renames, hides or shows an account. */
@Command(
    name = "label",
    description = "Rename an account, or hide or show it.",
    mixinStandardHelpOptions = true)
public final class LabelCommand extends VaultCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "Wallet name.")
  String name;

  @Parameters(index = "1", paramLabel = "ADDR", description = "The account.")
  String address;

  @Option(names = "--name", paramLabel = "LABEL", description = "New account name.")
  String label;

  @ArgGroup(exclusive = true)
  Visibility visibility;

  static final class Visibility {
    @Option(names = "--hide", description = "Hide the account.")
    boolean hide;

    @Option(names = "--show", description = "Show a hidden account.")
    boolean show;
  }

  public LabelCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() {
    Address account = Address.parse(address);
    if (label == null && visibility == null) {
      throw new UserException("nothing to change: give --name, --hide or --show");
    }
    Account changed =
        edit(
            name,
            wallet -> {
              Account result = null;
              if (label != null) {
                result = wallet.rename(account, label);
              }
              if (visibility != null) {
                result = wallet.setHidden(account, visibility.hide);
              }
              return result;
            });
    printAccounts(name, List.of(changed));
    return 0;
  }
}
