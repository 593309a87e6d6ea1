package io.abacus.app.cli.wallet;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.Wallet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus wallet restore NAME}: a wallet from an existing recovery phrase. */
@Command(
    name = "restore",
    description = "Restore a wallet from a recovery phrase (and optional BIP39 passphrase).",
    mixinStandardHelpOptions = true)
public final class RestoreCommand extends VaultCommand {
  @Parameters(paramLabel = "NAME", description = "Wallet name.")
  String name;

  @Option(
      names = "--mnemonic-file",
      required = true,
      paramLabel = "F",
      description = "File with the recovery phrase, or -.")
  String mnemonicFile;

  @Option(
      names = "--passphrase-file",
      paramLabel = "P",
      description = "File with the optional BIP39 passphrase, or -.")
  String passphraseFile;

  public RestoreCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() {
    if (vault().exists(name)) {
      throw new UserException("a wallet named '" + name + "' already exists");
    }
    char[] passphrase = null;
    char[] pw = null;
    try (Mnemonic mnemonic = readMnemonic(mnemonicFile)) {
      passphrase = readPassphrase(passphraseFile);
      pw = input.newPassword(passwordFile, "--password-file", "New wallet password");
      try (Wallet wallet = vault().create(name, mnemonic, passphrase, pw)) {
        String address = wallet.accounts().get(0).address().toString();
        if (json) {
          input.printJson(input.json().put("name", name).put("address", address));
        } else {
          context.out().println("Restored wallet " + name + "; first address " + address);
        }
      }
      return 0;
    } finally {
      SecretBytes.wipe(passphrase);
      SecretBytes.wipe(pw);
    }
  }
}
