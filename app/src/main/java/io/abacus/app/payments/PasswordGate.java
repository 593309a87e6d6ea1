package io.abacus.app.payments;

import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.vault.Vault;
import java.util.Arrays;
import java.util.Optional;

/**
 * The password the user re-entered before signing, and the signer it unlocks. The check re-opens
 * the wallet file (scrypt, about a second: call {@link #verify()} in a background task); the
 * password is wiped after the check, or by {@link #discard()}.
 */
public final class PasswordGate {
  private final Vault vault;
  private final String wallet;
  private final Signer signer;
  private final char[] password;

  private PasswordGate(Vault vault, String wallet, Signer signer, char[] password) {
    this.vault = vault;
    this.wallet = wallet;
    this.signer = signer;
    this.password = password;
  }

  /**
   * Takes over {@code password} (the caller's array is wiped at once); empty when no wallet is
   * unlocked or the selected account cannot sign.
   */
  public static Optional<PasswordGate> take(WalletSession session, char[] password) {
    char[] copy = Arrays.copyOf(password, password.length);
    Arrays.fill(password, '\0');
    Optional<Signer> signer = session.signerForSelected();
    Optional<String> wallet = session.wallet().map(w -> w.name());
    if (signer.isEmpty() || wallet.isEmpty()) {
      Arrays.fill(copy, '\0');
      return Optional.empty();
    }
    return Optional.of(new PasswordGate(session.vault(), wallet.get(), signer.get(), copy));
  }

  /**
   * Checks the password and returns the signer.
   *
   * @throws io.abacus.wallet.vault.VaultException WRONG_PASSWORD if it is not the wallet's
   */
  public Signer verify() {
    try {
      vault.open(wallet, password).lock();
      return signer;
    } finally {
      discard();
    }
  }

  public void discard() {
    Arrays.fill(password, '\0');
  }
}
