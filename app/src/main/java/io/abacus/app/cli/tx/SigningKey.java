package io.abacus.app.cli.tx;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.AccountChoice;
import io.abacus.app.cli.common.KeyFile;
import io.abacus.app.cli.input.CliInput;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultException;
import io.abacus.wallet.vault.Wallet;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where the signing key of {@code tx sign}, {@code tx send}, {@code tx speed-up} and {@code tx
 * cancel} comes from: a key file, or an account of a vault wallet unlocked with its password. Used
 * as an exclusive {@link ArgGroup} with multiplicity 1.
 */
final class SigningKey {
  @Option(
      names = "--private-key-file",
      paramLabel = "FILE",
      description = "File holding the private key as hex.")
  Path keyFile;

  @ArgGroup(exclusive = false)
  WalletKey wallet;

  /** An account of a wallet in the data folder's vault, unlocked with its password. */
  static final class WalletKey {
    @Option(names = "--wallet", required = true, paramLabel = "NAME", description = "Wallet name.")
    String name;

    @Option(
        names = "--account",
        required = true,
        paramLabel = "N",
        description =
            "Account number (0 = first, as 'wallet accounts --all' lists them) or address.")
    String account;

    @Option(
        names = "--password-file",
        paramLabel = "P",
        description = "File with the wallet password, or - (default: prompt).")
    String passwordFile;
  }

  /** The signer and whatever must be closed (wiped) after signing. */
  record Held(Signer signer, AutoCloseable resource) implements AutoCloseable {
    @Override
    public void close() {
      try {
        resource.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not wipe the key", e);
      }
    }
  }

  /** For messages: the key file, or "wallet NAME". */
  String describe() {
    return keyFile != null ? keyFile.toString() : "wallet " + wallet.name;
  }

  /** Opens the key; close the result to wipe it. */
  Held open(CliContext context, CommandSpec spec) {
    if (keyFile != null) {
      PrivateKeySigner signer = KeyFile.signer(keyFile);
      return new Held(signer, signer);
    }
    Vault vault = Vault.inDataFolder(((RootOptions) spec.root().userObject()).dataDirectory());
    char[] password =
        new CliInput(context)
            .password(wallet.passwordFile, "--password-file", "Password of wallet " + wallet.name);
    Wallet opened;
    try {
      opened = vault.open(wallet.name, password);
    } catch (VaultException e) {
      throw new UserException(e.getMessage(), e);
    } finally {
      SecretBytes.wipe(password);
    }
    try {
      Account account = AccountChoice.pick(opened, wallet.account);
      if (!account.canSign()) {
        throw new UserException(account.address() + " is a watch-only account: it cannot sign");
      }
      return new Held(opened.signer(account.address()), opened);
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }
}
