package io.abacus.app.cli.wallet;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.keystore.Keystore;
import io.abacus.wallet.keystore.KeystoreException;
import io.abacus.wallet.secret.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus wallet import-keystore NAME}: adds the key of a v3 keystore file. */
@Command(
    name = "import-keystore",
    description = "Import the key of a v3 keystore file.",
    mixinStandardHelpOptions = true)
public final class ImportKeystoreCommand extends VaultCommand {
  @Parameters(paramLabel = "NAME", description = "Wallet name.")
  String name;

  @Option(names = "--file", required = true, paramLabel = "F", description = "Keystore file, or -.")
  String file;

  @Option(
      names = "--keystore-password-file",
      paramLabel = "KP",
      description = "File with the keystore's password, or - (default: prompt).")
  String keystorePasswordFile;

  @Option(names = "--name", defaultValue = "", paramLabel = "LABEL", description = "Account name.")
  String label;

  public ImportKeystoreCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() {
    String json =
        new String(
            input.readBytes(file, "keystore file", Keystore.MAX_CHARS), StandardCharsets.UTF_8);
    char[] ksPassword =
        input.password(keystorePasswordFile, "--keystore-password-file", "Keystore password");
    byte[] pw = SecretBytes.utf8(ksPassword);
    try {
      Account account = edit(name, wallet -> wallet.importKeystore(json, pw, label));
      printAccounts(name, List.of(account));
      return 0;
    } catch (KeystoreException e) {
      throw new UserException(file + ": " + e.getMessage(), e);
    } finally {
      SecretBytes.wipe(ksPassword);
      SecretBytes.wipe(pw);
    }
  }
}
