package io.abacus.app.cli.wallet;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.input.CliInput;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.secret.SecretBytes;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus wallet import-key NAME}: adds a raw private key. */
@Command(
    name = "import-key",
    description = "Import a raw private key (64 hex digits).",
    mixinStandardHelpOptions = true)
public final class ImportKeyCommand extends VaultCommand {
  @Parameters(paramLabel = "NAME", description = "Wallet name.")
  String name;

  @Option(
      names = "--private-key-file",
      required = true,
      paramLabel = "K",
      description = "File with the key in hex, or -.")
  String keyFile;

  @Option(names = "--name", defaultValue = "", paramLabel = "LABEL", description = "Account name.")
  String label;

  public ImportKeyCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() {
    byte[] text = input.readBytes(keyFile, "private key file");
    byte[] key = null;
    try {
      key = CliInput.parseHexKey(text, "the private key file");
      byte[] parsed = key;
      Account account = edit(name, wallet -> wallet.importPrivateKey(parsed, label));
      printAccounts(name, List.of(account));
      return 0;
    } finally {
      SecretBytes.wipe(text);
      SecretBytes.wipe(key);
    }
  }
}
