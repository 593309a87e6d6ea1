package io.abacus.app.cli.wallet;

import io.abacus.app.cli.CliContext;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.DerivationPath;
import io.abacus.wallet.hd.HdWallet;
import io.abacus.wallet.secret.SecretBytes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abacus wallet derive}: the address of a recovery phrase at a path. No file is written. */
@Command(
    name = "derive",
    description = "Print the address of a recovery phrase at a derivation path.",
    mixinStandardHelpOptions = true)
public final class DeriveCommand extends WalletCommandBase {
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

  @Option(
      names = "--path",
      defaultValue = "m/44'/60'/0'/0/0",
      paramLabel = "PATH",
      description = "Derivation path (default ${DEFAULT-VALUE}).")
  String path;

  public DeriveCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() {
    DerivationPath parsed = DerivationPath.parse(path);
    char[] passphrase = null;
    Address address;
    try (Mnemonic mnemonic = readMnemonic(mnemonicFile)) {
      passphrase = readPassphrase(passphraseFile);
      try (SecretBytes seed = mnemonic.toSeed(passphrase)) {
        address = seed.apply(s -> HdWallet.address(s, parsed));
      }
    } finally {
      SecretBytes.wipe(passphrase);
    }
    if (json) {
      input.printJson(
          input.json().put("address", address.toString()).put("path", parsed.toString()));
    } else {
      context.out().println(address);
    }
    return 0;
  }
}
