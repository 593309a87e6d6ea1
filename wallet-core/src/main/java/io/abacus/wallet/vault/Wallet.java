package io.abacus.wallet.vault;

import io.abacus.wallet.account.Account;
import io.abacus.wallet.account.WatchOnlySigner;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.bip39.Wordlist;
import io.abacus.wallet.hd.DerivationPath;
import io.abacus.wallet.hd.HdWallet;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.keystore.Keystore;
import io.abacus.wallet.keystore.KeystoreKdf;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.Secp256k1;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.vault.VaultException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An unlocked wallet. Every change is saved at once, atomically, re-encrypted under the same
 * password-derived key; {@link #lock()} (or {@link #close()}) wipes all secrets, after which
 * signers of this wallet refuse to sign. {@link #toString()} shows only the name.
 */
public final class Wallet implements AutoCloseable {
  private final String name;
  private final Vault vault;
  private final WalletFile file;
  private WalletContents contents;
  private VaultKdf kdf;
  private byte[] salt;
  private SecretBytes key;

  Wallet(String name, WalletFile file, Vault vault, WalletContents contents, FileKey fileKey) {
    this.name = name;
    this.file = file;
    this.vault = vault;
    this.contents = contents;
    this.kdf = fileKey.kdf();
    this.salt = fileKey.salt();
    this.key = fileKey.key();
  }

  /** A password-derived file key with its parameters. */
  record FileKey(VaultKdf kdf, byte[] salt, SecretBytes key) {}

  public String name() {
    return name;
  }

  /**
   * Set when the main file was damaged or missing and this wallet was opened from its backup.
   * Nothing is changed on disk until the next change or {@link #acceptBackup()}; the damaged file
   * is then kept as {@code NAME.wallet.damaged}.
   */
  public Optional<BackupRecovery> recovery() {
    return file.recovery();
  }

  /** Makes the backup this wallet was opened from the current version (no-op otherwise). */
  public void acceptBackup() {
    if (recovery().isPresent()) {
      edit(() -> null);
    }
  }

  /**
   * Re-reads the file if another program (the command line, a second window) saved it since this
   * wallet last read or wrote it. Reads of accounts do this on their own.
   *
   * @throws VaultException STALE if it was re-encrypted under another password meanwhile
   */
  public void reload() {
    checkUnlocked();
    if (file.changedOnDisk()) {
      file.locked(
          () -> {
            catchUp();
            return null;
          });
    }
  }

  /** The scrypt parameters this wallet's file uses. */
  public VaultKdf kdf() {
    return kdf;
  }

  /** All accounts, hidden ones included, in the order they were added. */
  public List<Account> accounts() {
    reload();
    return List.copyOf(contents.accounts);
  }

  /** Accounts that are not hidden. */
  public List<Account> visibleAccounts() {
    return accounts().stream().filter(a -> !a.hidden()).toList();
  }

  /** True if the wallet has a recovery phrase (false for import- or watch-only wallets). */
  public boolean hasRecoveryPhrase() {
    checkUnlocked();
    return contents.seed != null;
  }

  /** The recovery phrase, for a backup the user asked to see. Close it after use. */
  public Mnemonic recoveryPhrase() {
    checkUnlocked();
    requireSeed();
    byte[] entropy = contents.entropy.copy();
    try {
      return Mnemonic.fromEntropy(entropy, Wordlist.english());
    } finally {
      SecretBytes.wipe(entropy);
    }
  }

  /** Derives the next {@code count} unused accounts of a preset layout. */
  public List<Account> deriveNext(PathPreset preset, int count) {
    requireSeed();
    return edit(
        () -> {
          List<Account> added = new ArrayList<>();
          for (int i = 0; added.size() < count; i++) {
            DerivationPath path = preset.path(i);
            boolean used =
                contents.accounts.stream()
                    .anyMatch(a -> a instanceof Account.Derived d && d.path().equals(path));
            if (!used) {
              added.add(addDerived(path, ""));
            }
          }
          return added;
        });
  }

  /** Derives the account at a custom path. */
  public Account derive(DerivationPath path, String accountName) {
    requireSeed();
    return edit(() -> addDerived(path, accountName));
  }

  private Account addDerived(DerivationPath path, String accountName) {
    Address address = contents.seed.apply(s -> HdWallet.address(s, path));
    return add(new Account.Derived(address, label(accountName), false, path));
  }

  /** Imports a raw 32-byte private key (the caller keeps and wipes its array). */
  public Account importPrivateKey(byte[] privateKey, String accountName) {
    checkUnlocked();
    Address address;
    try {
      address = Secp256k1.addressOf(Secp256k1.publicKey(privateKey));
    } catch (IllegalArgumentException e) {
      throw new VaultException(
          Reason.INVALID_REQUEST, "not a valid private key: " + e.getMessage());
    }
    return edit(
        () -> {
          Account account = add(new Account.Imported(address, label(accountName), false));
          contents.importedKeys.put(address, SecretBytes.copyOf(privateKey));
          return account;
        });
  }

  /** Imports the key of a v3 keystore file. */
  public Account importKeystore(String json, byte[] keystorePassword, String accountName) {
    try (SecretBytes k = Keystore.decrypt(json, keystorePassword)) {
      return k.apply(bytes -> importPrivateKey(bytes, accountName));
    }
  }

  /** Exports an account's key as a v3 keystore file under its own password. */
  public String exportKeystore(Address address, byte[] keystorePassword, KeystoreKdf kdfChoice) {
    byte[] k = privateKeyOf(find(address));
    try {
      return new Keystore(vault.random()).encrypt(k, keystorePassword, kdfChoice);
    } finally {
      SecretBytes.wipe(k);
    }
  }

  /** Adds a watch-only address. */
  public Account watch(Address address, String accountName) {
    checkUnlocked();
    return edit(() -> add(new Account.WatchOnly(address, label(accountName), false)));
  }

  /** Renames an account. */
  public Account rename(Address address, String accountName) {
    find(address);
    return replace(address, a -> a.withName(accountName.strip()));
  }

  /** Hides or shows an account. */
  public Account setHidden(Address address, boolean hidden) {
    find(address);
    return replace(address, a -> a.withHidden(hidden));
  }

  /**
   * The signer of an account: a software signer for derived and imported keys (it derives the key
   * for each signature and wipes it, and stops once the wallet is locked), or a {@link
   * WatchOnlySigner} that refuses.
   */
  public Signer signer(Address address) {
    Account account = find(address);
    if (!account.canSign()) {
      return new WatchOnlySigner(address);
    }
    return new WalletSigner(this, account);
  }

  /**
   * Re-encrypts the file under a new password (new salt, current default cost), atomically. The
   * backup is re-encrypted under the new password too, and the versions under the old password are
   * overwritten with zeros before they are let go (see {@link
   * io.abacus.wallet.storage.AtomicFile#writeReplacingBackup}).
   *
   * @throws VaultException WRONG_PASSWORD if {@code current} is wrong, STALE if another program
   *     re-encrypted the wallet meanwhile; nothing changes then
   */
  public void changePassword(char[] current, char[] next) {
    checkUnlocked();
    byte[] currentBytes = SecretBytes.utf8(current);
    byte[] derived = VaultFile.deriveKey(currentBytes, kdf, salt);
    try {
      if (!key.contentEquals(derived)) {
        throw new VaultException(
            Reason.WRONG_PASSWORD, "wrong current password for wallet '" + name + "'");
      }
    } finally {
      SecretBytes.wipe(currentBytes);
      SecretBytes.wipe(derived);
    }
    FileKey fresh = vault.newFileKey(next);
    try {
      file.locked(
          () -> {
            catchUp();
            byte[] plaintext = contents.encode();
            try {
              byte[] main = fresh.key().apply(k -> seal(plaintext, k, fresh));
              byte[] backup = fresh.key().apply(k -> seal(plaintext, k, fresh));
              file.write(main, backup);
            } finally {
              SecretBytes.wipe(plaintext);
            }
            return null;
          });
    } catch (RuntimeException e) {
      fresh.key().close();
      throw e;
    }
    key.close();
    kdf = fresh.kdf();
    salt = fresh.salt();
    key = fresh.key();
  }

  /** True until {@link #lock()}. */
  public boolean isUnlocked() {
    return !key.isWiped();
  }

  /** Wipes every secret of this wallet from memory. */
  public void lock() {
    key.close();
    contents.close();
  }

  @Override
  public void close() {
    lock();
  }

  @Override
  public String toString() {
    return "Wallet[" + name + (isUnlocked() ? "" : ", locked") + "]";
  }

  void save() {
    edit(() -> null);
  }

  /**
   * Applies a change to the latest saved version and saves it, under the file's cross-process lock:
   * first adopts what another program saved meanwhile, then runs {@code change}, then writes.
   */
  private <T> T edit(Supplier<T> change) {
    checkUnlocked();
    return file.locked(
        () -> {
          catchUp();
          T result = change.get();
          byte[] plaintext = contents.encode();
          try {
            FileKey current = new FileKey(kdf, salt, key);
            file.write(key.apply(k -> seal(plaintext, k, current)), null);
          } finally {
            SecretBytes.wipe(plaintext);
          }
          return result;
        });
  }

  /** Adopts a version another program saved since this wallet last read or wrote the file. */
  private void catchUp() {
    file.newerContents(key)
        .ifPresent(
            fresh -> {
              contents.close();
              contents = fresh;
            });
  }

  private byte[] seal(byte[] plaintext, byte[] k, FileKey params) {
    return VaultFile.seal(plaintext, k, params.kdf(), params.salt(), vault.random());
  }

  private Account add(Account account) {
    for (Account existing : contents.accounts) {
      if (existing.address().equals(account.address())) {
        throw new VaultException(
            Reason.INVALID_REQUEST,
            "account " + account.address() + " is already in wallet '" + name + "'");
      }
    }
    contents.accounts.add(account);
    return account;
  }

  private Account replace(Address address, UnaryOperator<Account> change) {
    return edit(
        () -> {
          Account updated = change.apply(find(address));
          List<Account> list = contents.accounts;
          for (int i = 0; i < list.size(); i++) {
            if (list.get(i).address().equals(address)) {
              list.set(i, updated);
            }
          }
          return updated;
        });
  }

  private Account find(Address address) {
    reload();
    return contents.accounts.stream()
        .filter(a -> a.address().equals(address))
        .findFirst()
        .orElseThrow(
            () ->
                new VaultException(
                    Reason.INVALID_REQUEST, "wallet '" + name + "' has no account " + address));
  }

  /** A copy of an account's private key; wipe it after use. */
  byte[] privateKeyOf(Account account) {
    checkUnlocked();
    if (account instanceof Account.Derived d) {
      return contents.seed.apply(s -> HdWallet.privateKey(s, d.path()));
    }
    if (account instanceof Account.Imported) {
      return contents.importedKeys.get(account.address()).copy();
    }
    throw new io.abacus.wallet.account.WatchOnlyException(account.address());
  }

  private String label(String accountName) {
    return accountName.isBlank()
        ? "Account " + (contents.accounts.size() + 1)
        : accountName.strip();
  }

  private void requireSeed() {
    checkUnlocked();
    if (contents.seed == null) {
      throw new VaultException(
          Reason.INVALID_REQUEST, "wallet '" + name + "' has no recovery phrase to derive from");
    }
  }

  private void checkUnlocked() {
    if (key.isWiped()) {
      throw new VaultException(Reason.LOCKED, "wallet '" + name + "' is locked; unlock it first");
    }
  }
}
