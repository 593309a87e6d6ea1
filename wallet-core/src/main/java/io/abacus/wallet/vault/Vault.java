package io.abacus.wallet.vault;

import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.LockedFile;
import io.abacus.wallet.vault.VaultException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The wallets of one data folder: one encrypted, versioned file per wallet in {@code
 * <dataDir>/wallets/NAME.wallet}, each written atomically with the previous version kept as a
 * backup. Changes run under a cross-process file lock and start from the latest saved version. A
 * wallet whose file is damaged opens from the backup and says so ({@link Wallet#recovery()}); the
 * damaged file is kept aside as {@code NAME.wallet.damaged} at the next save.
 */
public final class Vault {
  private static final String SUFFIX = ".wallet";
  private static final java.time.Duration STALE_TEMP_AGE = java.time.Duration.ofMinutes(10);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final Path directory;
  private final VaultKdf kdf;
  private final SecureRandom random;

  /**
   * @param directory the wallets folder (see {@link #inDataFolder})
   * @param kdf scrypt cost for new files and password changes
   * @param random source of salts and nonces
   */
  public Vault(Path directory, VaultKdf kdf, SecureRandom random) {
    this.directory = directory;
    this.kdf = kdf;
    this.random = random;
  }

  /** The vault in {@code dataDir/wallets} with the default scrypt cost. */
  public static Vault inDataFolder(Path dataDir) {
    return new Vault(dataDir.resolve("wallets"), VaultKdf.DEFAULT, new SecureRandom());
  }

  public Path directory() {
    return directory;
  }

  /** Names of the wallets, sorted. */
  public List<String> list() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX) || n.endsWith(SUFFIX + ".bak"))
          .map(n -> n.substring(0, n.indexOf(SUFFIX)))
          .filter(n -> NAME.matcher(n).matches())
          .distinct()
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list wallets in " + directory, e);
    }
  }

  /** The file of a wallet. */
  public Path fileOf(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new VaultException(
          Reason.INVALID_NAME,
          "'" + name + "' is not a valid wallet name (letters, digits, . _ -; up to 64)");
    }
    return directory.resolve(name + SUFFIX);
  }

  public boolean exists(String name) {
    Path file = fileOf(name);
    return Files.exists(file) || Files.exists(AtomicFile.backupOf(file));
  }

  /**
   * Creates a wallet from a recovery phrase (new or restored) with account 0 of the MetaMask /
   * Trezor layout, and returns it unlocked.
   *
   * @throws VaultException EXISTS if the name is taken
   */
  public Wallet create(String name, Mnemonic mnemonic, char[] passphrase, char[] password) {
    WalletContents contents = new WalletContents();
    contents.entropy = SecretBytes.takeOwnership(mnemonic.entropy());
    contents.seed = mnemonic.toSeed(passphrase);
    Wallet wallet = newWallet(name, contents, password);
    wallet.deriveNext(PathPreset.METAMASK_TREZOR, 1);
    return wallet;
  }

  /** Creates a wallet without a recovery phrase, for imported keys and watched addresses. */
  public Wallet createEmpty(String name, char[] password) {
    Wallet wallet = newWallet(name, new WalletContents(), password);
    wallet.save();
    return wallet;
  }

  private Wallet newWallet(String name, WalletContents contents, char[] password) {
    Path file = fileOf(name);
    if (exists(name)) {
      contents.close();
      throw new VaultException(Reason.EXISTS, "a wallet named '" + name + "' already exists");
    }
    return new Wallet(
        name, new WalletFile(name, file, null, true, null), this, contents, newFileKey(password));
  }

  /**
   * Unlocks a wallet. If the main file is damaged or missing, or rejects the password because its
   * header is damaged, the backup is tried: the wallet then opens from it with {@link
   * Wallet#recovery()} saying so, and nothing changes on disk until the caller makes a change or
   * {@link Wallet#acceptBackup()}. WRONG_PASSWORD is reported only when the backup rejects the
   * password too.
   *
   * @throws VaultException WRONG_PASSWORD, NOT_FOUND or CORRUPT (nothing is changed on disk)
   */
  public Wallet open(String name, char[] password) {
    Path file = fileOf(name);
    removeStaleTempFiles(file);
    byte[] pw = SecretBytes.utf8(password);
    try {
      byte[] current = readOrNull(file);
      byte[] backup = readOrNull(AtomicFile.backupOf(file));
      if (current == null && backup == null) {
        throw new VaultException(Reason.NOT_FOUND, "no wallet named '" + name + "'");
      }
      if (current == null) {
        return fromBackup(name, file, null, backup, pw, "missing", null);
      }
      try {
        return unlock(name, new WalletFile(name, file, current, false, null), current, pw);
      } catch (VaultException e) {
        boolean headerMayBeDamaged =
            e.reason() == Reason.WRONG_PASSWORD && !sameHeader(current, backup);
        if (backup == null || !(e.reason() == Reason.CORRUPT || headerMayBeDamaged)) {
          throw e;
        }
        String damage = e.reason() == Reason.CORRUPT ? "unreadable or altered" : "altered header";
        return fromBackup(name, file, current, backup, pw, damage, e);
      }
    } finally {
      SecretBytes.wipe(pw);
    }
  }

  /** Opens the backup after the main file failed with {@code mainError} (null if it is missing). */
  private Wallet fromBackup(
      String name,
      Path file,
      byte[] current,
      byte[] backup,
      byte[] pw,
      String damage,
      VaultException mainError) {
    BackupRecovery recovery = new BackupRecovery(WalletFile.backupTime(file), damage);
    try {
      return unlock(name, new WalletFile(name, file, current, false, recovery), backup, pw);
    } catch (VaultException e) {
      if (mainError != null && mainError.reason() == Reason.WRONG_PASSWORD) {
        throw mainError; // both reject it: it is the password, not the file
      }
      if (e.reason() == Reason.WRONG_PASSWORD) {
        throw new VaultException(
            Reason.WRONG_PASSWORD,
            "wallet '"
                + name
                + "' is damaged ("
                + damage
                + ") and its backup does not open with this password");
      }
      throw new VaultException(
          Reason.CORRUPT, "wallet '" + name + "' and its backup are both damaged (" + damage + ")");
    }
  }

  /**
   * True if the backup has the same key parameters and check value as the main file, so it would
   * give the same verdict on a password (saves keep the salt; only a password change renews it).
   */
  private static boolean sameHeader(byte[] current, byte[] backup) {
    if (backup == null) {
      return true;
    }
    try {
      VaultFile.Sealed a = VaultFile.parse(current);
      VaultFile.Sealed b = VaultFile.parse(backup);
      return a.kdf().equals(b.kdf())
          && java.util.Arrays.equals(a.salt(), b.salt())
          && java.util.Arrays.equals(a.check(), b.check());
    } catch (VaultException damaged) {
      return false;
    }
  }

  private Wallet unlock(String name, WalletFile walletFile, byte[] bytes, byte[] password) {
    VaultFile.Sealed sealed = VaultFile.parse(bytes);
    byte[] key = VaultFile.deriveKey(password, sealed.kdf(), sealed.salt());
    if (!VaultFile.passwordMatches(sealed, key)) {
      SecretBytes.wipe(key);
      throw new VaultException(Reason.WRONG_PASSWORD, "wrong password for wallet '" + name + "'");
    }
    try {
      WalletContents contents = WalletFile.decrypt(sealed, key);
      return new Wallet(
          name,
          walletFile,
          this,
          contents,
          new Wallet.FileKey(sealed.kdf(), sealed.salt(), SecretBytes.takeOwnership(key)));
    } catch (RuntimeException e) {
      SecretBytes.wipe(key);
      throw e;
    }
  }

  /**
   * Opens a wallet and runs {@code edit} on it while holding the wallet file's cross-process lock
   * from the read to the last save, then locks the wallet. For one-shot changes (the command line):
   * no other program can change the file in between.
   */
  public <T> T edit(String name, char[] password, Function<Wallet, T> edit) {
    Path file = fileOf(name);
    try {
      return LockedFile.withLock(
          file,
          () -> {
            try (Wallet wallet = open(name, password)) {
              return edit.apply(wallet);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open wallet '" + name + "': " + e.getMessage(), e);
    }
  }

  /**
   * Deletes temp files a killed save left behind (they hold only ciphertext). Only old ones: a save
   * in progress in another process finishes in well under this age.
   */
  private void removeStaleTempFiles(Path file) {
    String prefix = "." + file.getFileName() + ".";
    java.time.Instant cutoff = java.time.Instant.now().minus(STALE_TEMP_AGE);
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        if (n.startsWith(prefix)
            && n.endsWith(".tmp")
            && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException ignored) {
      // Best effort: a leftover temp file is clutter, not a risk.
    }
  }

  private static byte[] readOrNull(Path file) {
    try {
      return Files.exists(file) ? Files.readAllBytes(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  Wallet.FileKey newFileKey(char[] password) {
    byte[] salt = new byte[32];
    random.nextBytes(salt);
    byte[] pw = SecretBytes.utf8(password);
    try {
      return new Wallet.FileKey(
          kdf, salt, SecretBytes.takeOwnership(VaultFile.deriveKey(pw, kdf, salt)));
    } finally {
      SecretBytes.wipe(pw);
    }
  }

  SecureRandom random() {
    return random;
  }

  @Override
  public String toString() {
    return "Vault[" + directory + "]";
  }
}
