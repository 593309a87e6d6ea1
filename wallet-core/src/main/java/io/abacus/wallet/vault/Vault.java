package io.abacus.wallet.vault;

import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.vault.VaultException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The wallets of one data folder: one encrypted, versioned file per wallet in {@code
 * <dataDir>/wallets/NAME.wallet}, each written atomically with the previous version kept as a
 * backup. A wallet whose file is damaged opens from the backup; the damaged file is kept aside as
 * {@code NAME.wallet.damaged} so the next save cannot replace the good backup with it.
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
    return new Wallet(name, file, this, contents, newFileKey(password));
  }

  /**
   * Unlocks a wallet. Falls back to the previous version if the current file is damaged.
   *
   * @throws VaultException WRONG_PASSWORD, NOT_FOUND or CORRUPT (nothing is changed on disk)
   */
  public Wallet open(String name, char[] password) {
    Path file = fileOf(name);
    removeStaleTempFiles(file);
    byte[] pw = SecretBytes.utf8(password);
    try {
      Optional<byte[]> current = readOrEmpty(file, false);
      Optional<byte[]> backup = readOrEmpty(file, true);
      if (current.isEmpty() && backup.isEmpty()) {
        throw new VaultException(Reason.NOT_FOUND, "no wallet named '" + name + "'");
      }
      VaultException damaged = null;
      if (current.isPresent()) {
        try {
          return unlock(name, file, current.get(), pw);
        } catch (VaultException e) {
          if (e.reason() != Reason.CORRUPT || backup.isEmpty()) {
            throw e;
          }
          damaged = e;
        }
      }
      try {
        Wallet recovered = unlock(name, file, backup.get(), pw);
        if (damaged != null) {
          setAside(file);
        }
        return recovered;
      } catch (VaultException e) {
        if (damaged != null && e.reason() == Reason.WRONG_PASSWORD) {
          throw new VaultException(
              Reason.WRONG_PASSWORD,
              "wallet '"
                  + name
                  + "' is damaged and its previous version does not open with this password"
                  + " (if you changed the password, try the old one)");
        }
        throw damaged != null ? damaged : e;
      }
    } finally {
      SecretBytes.wipe(pw);
    }
  }

  private Wallet unlock(String name, Path file, byte[] bytes, byte[] password) {
    VaultFile.Sealed sealed = VaultFile.parse(bytes);
    byte[] key = VaultFile.deriveKey(password, sealed.kdf(), sealed.salt());
    if (!VaultFile.passwordMatches(sealed, key)) {
      SecretBytes.wipe(key);
      throw new VaultException(Reason.WRONG_PASSWORD, "wrong password for wallet '" + name + "'");
    }
    byte[] plaintext = null;
    try {
      plaintext = VaultFile.open(sealed, key);
      WalletContents contents = WalletContents.decode(plaintext);
      return new Wallet(
          name,
          file,
          this,
          contents,
          new Wallet.FileKey(sealed.kdf(), sealed.salt(), SecretBytes.takeOwnership(key)));
    } catch (RuntimeException e) {
      SecretBytes.wipe(key);
      throw e;
    } finally {
      SecretBytes.wipe(plaintext);
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

  /**
   * Moves a damaged file to {@code NAME.wallet.damaged}, so that the next save does not replace the
   * good backup with it.
   */
  private static void setAside(Path file) {
    try {
      Files.move(
          file,
          file.resolveSibling(file.getFileName() + ".damaged"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot move damaged " + file + " aside: " + e.getMessage(), e);
    }
  }

  private static Optional<byte[]> readOrEmpty(Path file, boolean backup) {
    try {
      return backup
          ? AtomicFile.readBackup(file)
          : Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
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
