package io.abacus.app.cli.wallet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code abacus wallet list}: wallet names (no password needed). */
@Command(
    name = "list",
    description = "List the wallets in the data folder.",
    mixinStandardHelpOptions = true)
public final class ListCommand extends WalletCommandBase {
  public ListCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() {
    List<String> names = io.abacus.wallet.vault.Vault.inDataFolder(root().dataDirectory()).list();
    if (json) {
      ObjectNode node = input.json();
      com.fasterxml.jackson.databind.node.ArrayNode list = node.putArray("wallets");
      names.forEach(list::add);
      input.printJson(node);
    } else {
      names.forEach(context.out()::println);
    }
    return 0;
  }
}
