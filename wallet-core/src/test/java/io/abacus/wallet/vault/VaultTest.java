package io.abacus.wallet.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.account.Account;
import io.abacus.wallet.account.WatchOnlyException;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.DerivationPath;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.keystore.Keystore;
import io.abacus.wallet.keystore.KeystoreKdf;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.Secp256k1;
import io.abacus.wallet.signing.Signature;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.storage.AtomicFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTest {
  static final String JUNK = "test test test test test test test test test test test junk";
  static final Address ANVIL0 = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  static final Address ANVIL1 = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
  static final String KEY1_HEX = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

  @TempDir Path dir;
  Vault vault;

  @BeforeEach
  void setUp() {
    vault = new Vault(dir.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
  }

  private Wallet createJunk(String name) {
    try (Mnemonic m = Mnemonic.parse(JUNK)) {
      return vault.create(name, m, null, "pw".toCharArray());
    }
  }

  @Test
  void createDeriveManyAndReopen() {
    try (Wallet w = createJunk("shop")) {
      assertThat(w.accounts()).extracting(Account::address).containsExactly(ANVIL0);
      List<Account> more = w.deriveNext(PathPreset.METAMASK_TREZOR, 4);
      assertThat(more).hasSize(4).first().extracting(Account::address).isEqualTo(ANVIL1);
      w.derive(DerivationPath.parse("m/44'/60'/7'/0/0"), "Ledger 7");
    }
    assertThat(vault.list()).containsExactly("shop");
    try (Wallet w = vault.open("shop", "pw".toCharArray())) {
      assertThat(w.accounts()).hasSize(6);
      assertThat(w.accounts().get(5).name()).isEqualTo("Ledger 7");
      assertThat(w.kdf()).isEqualTo(VaultKdf.TESTING);
    }
  }

  @Test
  void fileHoldsNoSecretsInPlainText() throws Exception {
    try (Wallet w = createJunk("shop")) {
      w.importPrivateKey(HexFormat.of().parseHex(KEY1_HEX), "cold");
    }
    String file = Files.readString(vault.fileOf("shop"));
    assertThat(file)
        .contains("\"format\" : \"abacus-wallet\"", "\"version\" : 1", "\"n\" : 1024", "salt")
        .doesNotContain("test test", KEY1_HEX, "f39fd6e5", "cold");
  }

  @Test
  void wrongPasswordSaysSoAndChangesNothing() throws Exception {
    createJunk("shop").close();
    byte[] before = Files.readAllBytes(vault.fileOf("shop"));
    assertThatThrownBy(() -> vault.open("shop", "nope".toCharArray()))
        .isInstanceOfSatisfying(
            VaultException.class,
            e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.WRONG_PASSWORD))
        .hasMessageContaining("wrong password")
        .hasMessageNotContaining("nope");
    assertThat(Files.readAllBytes(vault.fileOf("shop"))).isEqualTo(before);
  }

  @Test
  void changePasswordReencryptsAndKeepsEverything() {
    try (Wallet w = createJunk("shop")) {
      w.watch(ANVIL1, "customer");
      assertThatThrownBy(() -> w.changePassword("bad".toCharArray(), "new".toCharArray()))
          .isInstanceOf(VaultException.class)
          .hasMessageContaining("wrong current password");
      w.changePassword("pw".toCharArray(), "new".toCharArray());
      w.rename(ANVIL0, "till");
    }
    assertThatThrownBy(() -> vault.open("shop", "pw".toCharArray()))
        .hasMessageContaining("wrong password");
    try (Wallet w = vault.open("shop", "new".toCharArray())) {
      assertThat(w.accounts()).extracting(Account::name).containsExactly("till", "customer");
    }
  }

  @Test
  void namesHiddenFlagsAndWatchOnlyAccounts() {
    try (Wallet w = createJunk("shop")) {
      w.watch(ANVIL1, "supplier");
      w.setHidden(ANVIL0, true);
      assertThat(w.visibleAccounts()).extracting(Account::address).containsExactly(ANVIL1);
      Signer watch = w.signer(ANVIL1);
      assertThat(watch.address()).isEqualTo(ANVIL1);
      assertThatThrownBy(() -> watch.signDigest(new byte[32]))
          .isInstanceOf(WatchOnlyException.class)
          .hasMessageContaining("watch-only");
      assertThatThrownBy(() -> w.watch(ANVIL1, "again")).hasMessageContaining("already in wallet");
    }
    try (Wallet w = vault.open("shop", "pw".toCharArray())) {
      assertThat(w.accounts().get(0).hidden()).isTrue();
      assertThat(w.accounts().get(1)).isInstanceOf(Account.WatchOnly.class);
    }
  }

  @Test
  void signersSignForTheirAddressAndStopWhenLocked() {
    byte[] digest = new byte[32];
    digest[0] = 7;
    Wallet w = createJunk("shop");
    Signer signer = w.signer(ANVIL0);
    Signature sig = signer.signDigest(digest);
    assertThat(Secp256k1.recover(digest, sig)).isEqualTo(ANVIL0);
    w.lock();
    assertThatThrownBy(() -> signer.signDigest(digest)).hasMessageContaining("locked");
    assertThatThrownBy(w::accounts).hasMessageContaining("locked");
    assertThat(w.toString()).isEqualTo("Wallet[shop, locked]");
  }

  @Test
  void importRawKeyAndKeystoreAndExportRoundTrip() {
    Keystore keystore = new Keystore(new SecureRandom());
    byte[] key1 = HexFormat.of().parseHex(KEY1_HEX);
    String json =
        keystore.encrypt(key1, "ks".getBytes(StandardCharsets.UTF_8), KeystoreKdf.Scrypt.LIGHT);
    try (Wallet w = vault.createEmpty("keys", "pw".toCharArray())) {
      assertThat(w.hasRecoveryPhrase()).isFalse();
      assertThatThrownBy(() -> w.deriveNext(PathPreset.LEDGER_LIVE, 1))
          .hasMessageContaining("no recovery phrase");
      Account imported = w.importKeystore(json, "ks".getBytes(StandardCharsets.UTF_8), "");
      assertThat(imported.address()).isEqualTo(ANVIL1);
      assertThat(imported.name()).isEqualTo("Account 1");
      String exported =
          w.exportKeystore(
              ANVIL1, "other".getBytes(StandardCharsets.UTF_8), new KeystoreKdf.Pbkdf2(1000));
      try (SecretBytes back =
          Keystore.decrypt(exported, "other".getBytes(StandardCharsets.UTF_8))) {
        assertThat(back.copy()).isEqualTo(key1);
      }
      assertThatThrownBy(() -> w.importPrivateKey(new byte[32], "zero"))
          .hasMessageContaining("not a valid private key");
    }
    try (Wallet w = vault.open("keys", "pw".toCharArray())) {
      assertThat(w.signer(ANVIL1).signDigest(new byte[32])).isNotNull();
    }
  }

  @Test
  void damagedFileFallsBackToThePreviousVersion() throws Exception {
    try (Wallet w = createJunk("shop")) {
      w.deriveNext(PathPreset.METAMASK_TREZOR, 1);
    }
    Path file = vault.fileOf("shop");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    byte[] goodBackup = Files.readAllBytes(AtomicFile.backupOf(file));
    try (Wallet w = vault.open("shop", "pw".toCharArray())) {
      assertThat(w.accounts()).extracting(Account::address).containsExactly(ANVIL0);
      assertThat(w.recovery()).isPresent();
      // Opening changes nothing on disk; the first change moves the damaged file aside.
      assertThat(file).hasBinaryContent(bytes);
      w.rename(ANVIL0, "after recovery");
      assertThat(file.resolveSibling("shop.wallet.damaged")).hasBinaryContent(bytes);
      assertThat(w.recovery()).isEmpty();
    }
    // The save after recovery must not have replaced the good backup with the damaged file.
    assertThat(AtomicFile.backupOf(file)).hasBinaryContent(goodBackup);
    try (Wallet w = vault.open("shop", "pw".toCharArray())) {
      assertThat(w.accounts().get(0).name()).isEqualTo("after recovery");
      assertThat(w.recovery()).isEmpty();
    }
    // With only NAME.bak left (the main file deleted), the backup opens and says so.
    Files.delete(file);
    Files.writeString(file.resolveSibling(".shop.wallet.123.tmp"), "{\"format\":");
    try (Wallet w = vault.open("shop", "pw".toCharArray())) {
      assertThat(w.accounts()).extracting(Account::address).containsExactly(ANVIL0);
      assertThat(w.recovery()).hasValueSatisfying(r -> assertThat(r.damage()).isEqualTo("missing"));
    }
    assertThat(vault.list()).containsExactly("shop");
    Files.delete(AtomicFile.backupOf(file));
    assertThatThrownBy(() -> vault.open("shop", "pw".toCharArray()))
        .hasMessageContaining("no wallet named 'shop'");
  }

  @Test
  void changePasswordReencryptsTheBackupToo() throws Exception {
    try (Wallet w = createJunk("shop")) {
      w.watch(ANVIL1, "customer");
      w.changePassword("pw".toCharArray(), "new".toCharArray());
    }
    Path file = vault.fileOf("shop");
    // A copy of the backup under another name no longer opens with the old password.
    Path copy = vault.fileOf("copy");
    Files.copy(AtomicFile.backupOf(file), copy);
    assertThatThrownBy(() -> vault.open("copy", "pw".toCharArray()))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("wrong password");
    try (Wallet w = vault.open("copy", "new".toCharArray())) {
      assertThat(w.accounts()).extracting(Account::address).containsExactly(ANVIL0, ANVIL1);
    }
    // A damaged main file after the change: the backup opens with the new password.
    Files.write(file, "{ truncated".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> vault.open("shop", "pw".toCharArray()))
        .hasMessageContaining("does not open with this password");
    try (Wallet w = vault.open("shop", "new".toCharArray())) {
      assertThat(w.accounts()).extracting(Account::address).containsExactly(ANVIL0, ANVIL1);
      assertThat(w.recovery()).isPresent();
    }
  }

  @Test
  void openRemovesOnlyOldTempFilesOfKilledSaves() throws Exception {
    createJunk("shop").close();
    Path old = vault.fileOf("shop").resolveSibling(".shop.wallet.111.tmp");
    Path fresh = vault.fileOf("shop").resolveSibling(".shop.wallet.222.tmp");
    Path other = vault.fileOf("shop").resolveSibling(".other.wallet.333.tmp");
    for (Path p : List.of(old, fresh, other)) {
      Files.writeString(p, "partial");
    }
    java.nio.file.attribute.FileTime hourAgo =
        java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600));
    Files.setLastModifiedTime(old, hourAgo);
    Files.setLastModifiedTime(other, hourAgo);
    vault.open("shop", "pw".toCharArray()).close();
    assertThat(old).doesNotExist();
    assertThat(fresh).exists();
    assertThat(other).exists();
  }

  @Test
  void namesAreValidatedAndUnique() {
    createJunk("shop").close();
    assertThatThrownBy(() -> createJunk("shop")).hasMessageContaining("already exists");
    assertThatThrownBy(() -> vault.fileOf("../etc"))
        .hasMessageContaining("not a valid wallet name");
  }

  @Test
  void toStringsAndErrorsRevealNoSecrets() {
    try (Wallet w = createJunk("shop")) {
      w.importPrivateKey(HexFormat.of().parseHex(KEY1_HEX), "k");
      String all =
          w + " " + w.accounts() + " " + w.signer(ANVIL0) + " " + w.recoveryPhrase() + " " + vault;
      assertThat(all).doesNotContain("test test", KEY1_HEX, "ac0974bec39a17e3", "59c6995e");
      Throwable err =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> vault.open("shop", "hunter2".toCharArray()));
      assertThat(err.toString()).doesNotContain("hunter2");
    }
  }
}
