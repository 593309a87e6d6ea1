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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An unlocked wallet. Every change is saved at once, atomically, re-encrypted under the same
 * password-derived key; {@link #lock()} (or {@link #close()}) wipes all secrets, after which
 * signers of this wallet refuse to sign. {@link #toString()} shows only the name.
 */
public final class Wallet implements AutoCloseable {
  private final String name;
  private final Path file;
  private final Vault vault;
  private final WalletContents contents;
  private VaultKdf kdf;
  private byte[] salt;
  private SecretBytes key;

  Wallet(String name, Path file, Vault vault, WalletContents contents, FileKey fileKey) {
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

  /** The scrypt parameters this wallet's file uses. */
  public VaultKdf kdf() {
    return kdf;
  }

  /** All accounts, hidden ones included, in the order they were added. */
  public List<Account> accounts() {
    checkUnlocked();
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
    save();
    return added;
  }

  /** Derives the account at a custom path. */
  public Account derive(DerivationPath path, String accountName) {
    requireSeed();
    Account account = addDerived(path, accountName);
    save();
    return account;
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
    Account account = add(new Account.Imported(address, label(accountName), false));
    contents.importedKeys.put(address, SecretBytes.copyOf(privateKey));
    save();
    return account;
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
    Account account = add(new Account.WatchOnly(address, label(accountName), false));
    save();
    return account;
  }

  /** Renames an account. */
  public Account rename(Address address, String accountName) {
    return replace(find(address).withName(accountName.strip()));
  }

  /** Hides or shows an account. */
  public Account setHidden(Address address, boolean hidden) {
    return replace(find(address).withHidden(hidden));
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
   * Re-encrypts the file under a new password (new salt, current default cost), atomically.
   *
   * @throws VaultException WRONG_PASSWORD if {@code current} is wrong; nothing changes then
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
    FileKey old = new FileKey(kdf, salt, key);
    kdf = fresh.kdf();
    salt = fresh.salt();
    key = fresh.key();
    try {
      save();
      old.key().close();
    } catch (RuntimeException e) {
      fresh.key().close();
      kdf = old.kdf();
      salt = old.salt();
      key = old.key();
      throw e;
    }
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
    checkUnlocked();
    byte[] plaintext = contents.encode();
    try {
      byte[] sealed = key.apply(k -> VaultFile.seal(plaintext, k, kdf, salt, vault.random()));
      io.abacus.wallet.storage.AtomicFile.write(file, sealed);
    } catch (IOException e) {
      throw new UncheckedIOException("could not save wallet '" + name + "': " + e.getMessage(), e);
    } finally {
      SecretBytes.wipe(plaintext);
    }
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

  private Account replace(Account updated) {
    List<Account> list = contents.accounts;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).address().equals(updated.address())) {
        list.set(i, updated);
      }
    }
    save();
    return updated;
  }

  private Account find(Address address) {
    checkUnlocked();
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
