package io.abacus.wallet.vault;

import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.LockedFile;
import io.abacus.wallet.vault.VaultException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * The on-disk side of an open {@link Wallet}: which version of the file it last read or wrote, and
 * whether it was opened from the backup. Every change runs under the file's {@link LockedFile} lock
 * and first adopts a version another process saved meanwhile, so no change is overwritten unseen.
 */
final class WalletFile {
  private final String name;
  private final Path file;
  private byte[] seen;
  private boolean isNew;
  private BackupRecovery recovery;

  /**
   * @param seen the main file's bytes when the wallet was opened (null if missing or new)
   * @param recovery set when the wallet was opened from the backup
   */
  WalletFile(String name, Path file, byte[] seen, boolean isNew, BackupRecovery recovery) {
    this.name = name;
    this.file = file;
    this.seen = seen;
    this.isNew = isNew;
    this.recovery = recovery;
  }

  Optional<BackupRecovery> recovery() {
    return Optional.ofNullable(recovery);
  }

  /** Runs {@code action} holding the wallet's cross-process lock. */
  <T> T locked(LockedFile.Action<T> action) {
    try {
      return LockedFile.withLock(file, action);
    } catch (IOException e) {
      throw new UncheckedIOException("could not save wallet '" + name + "': " + e.getMessage(), e);
    }
  }

  /** True if the main file is no longer the version this wallet last read or wrote. */
  boolean changedOnDisk() {
    return !Arrays.equals(readMain(), seen);
  }

  /**
   * The contents of a version another process saved since this wallet last read or wrote the file,
   * decrypted with {@code key}; empty if there is none. Call under {@link #locked}.
   *
   * @throws VaultException STALE if that version is under another password or salt, EXISTS if a
   *     wallet of this name was created meanwhile, NOT_FOUND if the file is gone, CORRUPT if
   *     damaged
   */
  Optional<WalletContents> newerContents(SecretBytes key) {
    byte[] now = readMain();
    if (Arrays.equals(now, seen)) {
      return Optional.empty();
    }
    if (isNew) {
      throw new VaultException(Reason.EXISTS, "a wallet named '" + name + "' already exists");
    }
    if (now == null) {
      throw new VaultException(
          Reason.NOT_FOUND, "the file of wallet '" + name + "' was moved or deleted meanwhile");
    }
    VaultFile.Sealed sealed = VaultFile.parse(now);
    boolean sameKey = key.apply(k -> VaultFile.passwordMatches(sealed, k));
    if (!sameKey) {
      throw new VaultException(
          Reason.STALE,
          "wallet '" + name + "' was re-encrypted by another program; unlock it again");
    }
    WalletContents fresh = key.apply(k -> decrypt(sealed, k));
    seen = now;
    recovery = null;
    return Optional.of(fresh);
  }

  /** Writes a new version (call under {@link #locked}, after {@link #newerContents}). */
  void write(byte[] sealed, byte[] replacingBackup) {
    try {
      setAsideDamaged();
      if (replacingBackup == null) {
        AtomicFile.write(file, sealed);
      } else {
        AtomicFile.writeReplacingBackup(file, sealed, replacingBackup);
      }
    } catch (IOException e) {
      seen = null; // unknown state: the next change re-reads
      throw new UncheckedIOException("could not save wallet '" + name + "': " + e.getMessage(), e);
    }
    seen = sealed;
    isNew = false;
    recovery = null;
  }

  static WalletContents decrypt(VaultFile.Sealed sealed, byte[] key) {
    byte[] plaintext = VaultFile.open(sealed, key);
    try {
      return WalletContents.decode(plaintext);
    } finally {
      SecretBytes.wipe(plaintext);
    }
  }

  /**
   * After opening from the backup, the damaged main file goes to {@code NAME.wallet.damaged}, so
   * that this save does not make the damaged file the backup.
   */
  private void setAsideDamaged() throws IOException {
    if (recovery != null && seen != null && Files.exists(file)) {
      Files.move(
          file,
          file.resolveSibling(file.getFileName() + ".damaged"),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private byte[] readMain() {
    try {
      return Files.exists(file) ? Files.readAllBytes(file) : null;
    } catch (java.nio.file.NoSuchFileException gone) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The backup's time, for the recovery message. */
  static java.time.Instant backupTime(Path file) {
    try {
      return Files.getLastModifiedTime(AtomicFile.backupOf(file)).toInstant();
    } catch (IOException e) {
      return java.time.Instant.EPOCH;
    }
  }
}
