package io.abacus.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import io.abacus.wallet.vault.Wallet;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletSessionTest {
  @TempDir Path data;

  @Test
  void unlockSelectsTheFirstAccountAndLockWipesSigners() {
    Vault vault = new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
    WalletSession session = new WalletSession(vault);
    assertThat(session.unlockedProperty().get()).isFalse();
    Mnemonic words = Mnemonic.parse("test test test test test test test test test test test junk");
    Wallet wallet = vault.create("shop", words, new char[0], "correct horse".toCharArray());
    wallet.deriveNext(PathPreset.METAMASK_TREZOR, 2);

    session.unlocked(wallet);
    assertThat(session.unlockedProperty().get()).isTrue();
    assertThat(session.accounts()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(session.selectedAccountProperty().get().address().toString())
        .isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    Signer signer = session.signerForSelected().orElseThrow();
    assertThat(signer.signDigest(new byte[32])).isNotNull();

    session.lock();
    assertThat(session.unlockedProperty().get()).isFalse();
    assertThat(session.accounts()).isEmpty();
    assertThat(session.signerForSelected()).isEmpty();
    assertThatThrownBy(() -> signer.signDigest(new byte[32]))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void balanceChangesAreCountedForScreensToReload() {
    WalletSession session =
        new WalletSession(new Vault(data.resolve("w"), VaultKdf.TESTING, new SecureRandom()));
    java.util.List<Number> seen = new java.util.ArrayList<>();
    session.balanceChangesProperty().addListener((o, a, b) -> seen.add(b));
    session.balancesChanged();
    session.balancesChanged();
    assertThat(seen).containsExactly(1L, 2L);
  }
}
