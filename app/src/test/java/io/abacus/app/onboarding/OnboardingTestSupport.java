package io.abacus.app.onboarding;

import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import java.nio.file.Path;
import java.security.SecureRandom;

/** A session over a vault with cheap scrypt, for view-model tests. */
final class OnboardingTestSupport {
  static final String DEV_WORDS = "test test test test test test test test test test test junk";
  static final String DEV_ACCOUNT_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
  static final String DEV_KEY_0 =
      "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

  private OnboardingTestSupport() {}

  static WalletSession session(Path dir) {
    return new WalletSession(
        new Vault(dir.resolve("wallets"), VaultKdf.TESTING, new SecureRandom()));
  }

  static char[] pw(String s) {
    return s.toCharArray();
  }
}
