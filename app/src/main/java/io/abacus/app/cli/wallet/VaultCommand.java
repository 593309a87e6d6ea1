package io.abacus.app.cli.wallet;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import io.abacus.wallet.vault.Wallet;
import java.security.SecureRandom;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** A wallet command that works on the vault of the data folder, with the wallet's password. */
public abstract class VaultCommand extends WalletCommandBase {
  /** Lowers the scrypt cost of new wallet files: only for tests and very slow machines. */
  static final String KDF_N_ENV = "ABACUS_VAULT_SCRYPT_N";

  /** The lowest scrypt cost accepted from {@link #KDF_N_ENV} (16 MiB of memory per guess). */
  static final int MIN_KDF_N = 1 << 14;

  @Option(
      names = "--password-file",
      paramLabel = "P",
      description = "File with the wallet password, or - (default: prompt).")
  String passwordFile;

  VaultCommand(CliContext context) {
    super(context);
  }

  Vault vault() {
    String n = context.env().get(KDF_N_ENV);
    VaultKdf kdf = VaultKdf.DEFAULT;
    if (n != null) {
      try {
        kdf = new VaultKdf(Integer.parseInt(n), 8, 1);
      } catch (RuntimeException e) {
        throw new UserException(KDF_N_ENV + " must be a power of two, not '" + n + "'");
      }
      if (kdf.n() < MIN_KDF_N) {
        throw new UserException(
            KDF_N_ENV + " must be at least " + MIN_KDF_N + " so wallet files stay hard to crack");
      }
    }
    return new Vault(root().dataDirectory().resolve("wallets"), kdf, new SecureRandom());
  }

  @Option(
      names = "--accept-backup",
      description =
          "If the wallet file is damaged, go on with its backup (which lacks the latest changes);"
              + " the damaged file is kept as NAME.wallet.damaged.")
  boolean acceptBackup;

  /**
   * Opens a wallet with the password from the file or a prompt. Its changes are saved under the
   * wallet's file lock; prefer {@link #edit} for a command that changes it.
   */
  Wallet open(String name) {
    char[] pw = input.password(passwordFile, "--password-file", "Password of wallet " + name);
    try {
      return checkRecovery(vault().open(name, pw));
    } finally {
      SecretBytes.wipe(pw);
    }
  }

  /**
   * Opens a wallet and runs {@code action} on it while holding the wallet file's lock, so that no
   * other Abacus process changes the wallet in between (see {@link Vault#edit}).
   */
  <T> T edit(String name, Function<Wallet, T> action) {
    char[] pw = input.password(passwordFile, "--password-file", "Password of wallet " + name);
    try {
      return vault().edit(name, pw, wallet -> action.apply(checkRecovery(wallet)));
    } finally {
      SecretBytes.wipe(pw);
    }
  }

  /**
   * A wallet opened from its backup goes on only with {@code --accept-backup} (the backup then
   * becomes the current version); otherwise the command fails and nothing changes on disk.
   */
  Wallet checkRecovery(Wallet wallet) {
    if (wallet.recovery().isEmpty()) {
      return wallet;
    }
    String message = wallet.recovery().get().message();
    if (!acceptBackup) {
      wallet.close();
      throw new UserException(message + "; run again with --accept-backup to go on with it");
    }
    context.err().println("warning: " + message);
    context.err().flush();
    wallet.acceptBackup();
    return wallet;
  }
}
