package io.abacus.wallet.vault;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.hd.PathPreset;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Child process for {@link KillMidSaveTest}: opens a wallet and saves it in a tight loop (renames,
 * new accounts, password changes) until it is killed. Prints READY after the first round (one saved
 * account more), so kills land in later saves even on a slow, loaded machine.
 */
public final class SaveLoopMain {
  private SaveLoopMain() {}

  public static void main(String[] args) {
    Vault vault = new Vault(Path.of(args[0]), VaultKdf.TESTING, new SecureRandom());
    char[] password = args[1].toCharArray();
    try (Wallet wallet = vault.open(args[2], password)) {
      Address first = wallet.accounts().get(0).address();
      for (long i = 0; ; i++) {
        if (i == 1) {
          System.out.println("READY");
          System.out.flush();
        }
        wallet.rename(first, "save " + i);
        if (i % 5 == 0) {
          wallet.deriveNext(PathPreset.METAMASK_TREZOR, 1);
        }
        if (i % 7 == 0) {
          // Same password, new salt: exercises the re-encryption path.
          wallet.changePassword(password, password);
        }
      }
    }
  }
}
