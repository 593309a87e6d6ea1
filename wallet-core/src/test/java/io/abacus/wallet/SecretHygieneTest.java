package io.abacus.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.DerivationPath;
import io.abacus.wallet.hd.ExtendedPrivateKey;
import io.abacus.wallet.keystore.Keystore;
import io.abacus.wallet.keystore.KeystoreKdf;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import io.abacus.wallet.vault.Wallet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing secret in toString or error messages; closing wipes and disables secret holders. */
class SecretHygieneTest {
  static final String PHRASE =
      "legal winner thank year wave sausage worth useful legal winner thank yellow";
  static final String KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

  @TempDir Path dir;

  @Test
  void closedHoldersRefuseToRevealAnything() {
    Mnemonic mnemonic = Mnemonic.parse(PHRASE);
    SecretBytes seed = mnemonic.toSeed("pass".toCharArray());
    ExtendedPrivateKey master = ExtendedPrivateKey.fromSeed(seed.copy());
    ExtendedPrivateKey child = master.derive(DerivationPath.DEFAULT);
    String shown = mnemonic + " " + seed + " " + master + " " + child;
    assertThat(shown).doesNotContain("legal", "winner", "xprv", "pass");

    mnemonic.close();
    seed.close();
    master.close();
    child.close();
    assertThat(seed.isWiped()).isTrue();
    assertThatThrownBy(mnemonic::entropy).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(mnemonic::phrase).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(master::serializePrivate).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(child::privateKey).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void lockedWalletRevealsNothing() {
    Vault vault = new Vault(dir, VaultKdf.TESTING, new SecureRandom());
    Wallet wallet;
    try (Mnemonic m = Mnemonic.parse(PHRASE)) {
      wallet = vault.create("w", m, null, "pw".toCharArray());
    }
    wallet.importPrivateKey(HexFormat.of().parseHex(KEY), "k");
    wallet.lock();
    assertThatThrownBy(wallet::recoveryPhrase).hasMessageContaining("locked");
    assertThatThrownBy(wallet::accounts).hasMessageContaining("locked");
    assertThat(wallet.toString()).isEqualTo("Wallet[w, locked]");
  }

  @Test
  void errorMessagesCarryNoSecrets() {
    byte[] key = HexFormat.of().parseHex(KEY);
    String json =
        new Keystore(new SecureRandom())
            .encrypt(key, "right horse".getBytes(StandardCharsets.UTF_8), KeystoreKdf.Scrypt.LIGHT);
    Throwable wrong =
        catchThrowable(
            () -> Keystore.decrypt(json, "wrong horse".getBytes(StandardCharsets.UTF_8)));
    assertThat(describe(wrong)).doesNotContain("horse", KEY);

    Throwable checksum = catchThrowable(() -> Mnemonic.parse(PHRASE.replace("yellow", "wave")));
    assertThat(describe(checksum)).doesNotContain("legal", "winner", "wave");

    Vault vault = new Vault(dir, VaultKdf.TESTING, new SecureRandom());
    vault.createEmpty("e", "sesame".toCharArray()).close();
    Throwable badPassword = catchThrowable(() -> vault.open("e", "open sesame".toCharArray()));
    assertThat(describe(badPassword)).doesNotContain("sesame");
  }

  private static String describe(Throwable t) {
    StringBuilder all = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      all.append(c).append(' ');
    }
    return all.toString();
  }
}
