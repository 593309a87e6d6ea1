package io.abacus.wallet.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.testkit.ChildJvm;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.bip39.Mnemonic;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 a process that is saving a wallet, many times; the wallet must always open whole. */
class KillMidSaveTest {
  private static final int ROUNDS = 12;

  @TempDir Path dir;

  @Test
  void walletSurvivesRepeatedKillsMidSave() throws Exception {
    Path wallets = dir.resolve("wallets");
    Vault vault = new Vault(wallets, VaultKdf.TESTING, new SecureRandom());
    List<Address> known;
    try (Mnemonic m = Mnemonic.parse(VaultTest.JUNK);
        Wallet w = vault.create("shop", m, null, "pw".toCharArray())) {
      known = w.accounts().stream().map(Account::address).toList();
    }
    Random random = new Random(42);
    int lastCount = known.size();
    for (int round = 0; round < ROUNDS; round++) {
      Process child = startChild(wallets);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).as("child output").isEqualTo("READY");
        Thread.sleep(20 + random.nextInt(250));
      } finally {
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(vault.list()).containsExactly("shop");
      try (Wallet w = vault.open("shop", "pw".toCharArray())) {
        List<Address> now = w.accounts().stream().map(Account::address).toList();
        assertThat(now).startsWith(known.toArray(Address[]::new));
        assertThat(now.size()).isGreaterThanOrEqualTo(lastCount);
        lastCount = now.size();
        known = now;
        for (Account a : w.accounts()) {
          assertThat(w.signer(a.address()).signDigest(new byte[32])).isNotNull();
        }
      }
    }
    assertThat(lastCount).as("the child made progress between kills").isGreaterThan(1);
  }

  private static Process startChild(Path wallets) throws Exception {
    List<String> args = List.of(wallets.toString(), "pw", "shop");
    return new ProcessBuilder(ChildJvm.command(SaveLoopMain.class, args))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
