package io.abacus.app.cli.wallet;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.keystore.EncryptCommand;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.keystore.KeystoreKdf;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.Wallet;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus wallet export-keystore NAME}: writes one account's key as a v3 file. */
@Command(
    name = "export-keystore",
    description = "Export one account's key as a v3 keystore file (for geth or MetaMask).",
    mixinStandardHelpOptions = true)
public final class ExportKeystoreCommand extends VaultCommand {
  @Parameters(paramLabel = "NAME", description = "Wallet name.")
  String name;

  @Option(names = "--address", required = true, paramLabel = "ADDR", description = "The account.")
  String address;

  @Option(names = "--out", required = true, paramLabel = "F", description = "File to write.")
  Path out;

  @Option(
      names = "--keystore-password-file",
      paramLabel = "KP",
      description = "File with the new keystore password, or - (default: prompt).")
  String keystorePasswordFile;

  @Option(
      names = "--kdf",
      defaultValue = "scrypt",
      paramLabel = "scrypt|pbkdf2",
      description = "Key derivation (default scrypt).")
  String kdf;

  @Option(names = "--force", description = "Overwrite --out if it exists.")
  boolean force;

  public ExportKeystoreCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() throws Exception {
    KeystoreKdf chosen = EncryptCommand.kdfNamed(kdf);
    Address account = Address.parse(address);
    if (Files.exists(out) && !force) {
      throw new UserException(out + " exists; choose another --out or add --force");
    }
    try (Wallet wallet = open(name)) {
      char[] ks =
          input.newPassword(keystorePasswordFile, "--keystore-password-file", "Keystore password");
      byte[] pw = SecretBytes.utf8(ks);
      try {
        EncryptCommand.writeKeystore(out, wallet.exportKeystore(account, pw, chosen));
      } finally {
        SecretBytes.wipe(ks);
        SecretBytes.wipe(pw);
      }
    }
    if (json) {
      input.printJson(input.json().put("address", account.toString()).put("file", out.toString()));
    } else {
      context.out().println(out);
    }
    return 0;
  }
}
