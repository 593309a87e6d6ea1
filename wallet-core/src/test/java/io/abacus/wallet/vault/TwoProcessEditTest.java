package io.abacus.wallet.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.testkit.ChildJvm;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.bip39.Mnemonic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes, and two open wallets in one process, changing one wallet file. */
class TwoProcessEditTest {
  private static final int ROUNDS = 200;

  @TempDir Path dir;
  Vault vault;

  @BeforeEach
  void setUp() {
    vault = new Vault(dir.resolve("wallets"), ChildKdf.CHEAP, new SecureRandom());
    try (Mnemonic m = Mnemonic.parse(VaultTest.JUNK)) {
      vault.create("shop", m, null, "p0".toCharArray()).close();
    }
  }

  @Test
  void twoProcessesEditingInALoopLoseNothing() throws Exception {
    Path journal = dir.resolve("journal.txt");
    Process a = start(journal, 1, "a");
    Process b = start(journal, 2, "b");
    for (Process p : List.of(a, b)) {
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2 * ROUNDS);

    String password = "p0";
    Set<Address> added = new LinkedHashSet<>(List.of(VaultTest.ANVIL0));
    Map<Address, String> names = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split(" ");
      switch (f[0]) {
        case "password" -> password = f[1];
        case "account" -> added.add(Address.parse(f[1]));
        case "rename" -> names.put(Address.parse(f[1]), f[2]);
        default -> throw new AssertionError(line);
      }
    }
    // The last reported password opens it, every change reported is in it.
    try (Wallet w = vault.open("shop", password.toCharArray())) {
      assertThat(w.recovery()).isEmpty();
      assertThat(w.accounts()).extracting(Account::address).containsExactlyElementsOf(added);
      for (Account acc : w.accounts()) {
        if (names.containsKey(acc.address())) {
          assertThat(acc.name()).as(acc.address().toString()).isEqualTo(names.get(acc.address()));
        }
      }
    }
    // The backup is under the same password.
    Files.copy(
        io.abacus.wallet.storage.AtomicFile.backupOf(vault.fileOf("shop")), vault.fileOf("copy"));
    vault.open("copy", password.toCharArray()).close();
  }

  @Test
  void anOpenWalletAdoptsChangesMadeElsewhereInsteadOfOverwritingThem() throws Exception {
    try (Wallet app = vault.open("shop", "p0".toCharArray())) {
      vault.edit("shop", "p0".toCharArray(), cli -> cli.watch(VaultTest.ANVIL1, "from cli"));
      // The next read sees the change; the next change keeps it.
      assertThat(app.accounts()).extracting(Account::name).containsExactly("Account 1", "from cli");
      vault.edit("shop", "p0".toCharArray(), cli -> cli.rename(VaultTest.ANVIL1, "renamed"));
      app.rename(VaultTest.ANVIL0, "till");
      try (Wallet again = vault.open("shop", "p0".toCharArray())) {
        assertThat(again.accounts()).extracting(Account::name).containsExactly("till", "renamed");
      }
      // A password change elsewhere: the open wallet refuses to write with its old key.
      vault.edit(
          "shop",
          "p0".toCharArray(),
          cli -> {
            cli.changePassword("p0".toCharArray(), "p1".toCharArray());
            return null;
          });
      byte[] before = Files.readAllBytes(vault.fileOf("shop"));
      assertThatThrownBy(() -> app.rename(VaultTest.ANVIL0, "lost?"))
          .isInstanceOfSatisfying(
              VaultException.class,
              e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.STALE));
      assertThat(vault.fileOf("shop")).hasBinaryContent(before);
    }
    try (Wallet w = vault.open("shop", "p1".toCharArray())) {
      assertThat(w.accounts()).extracting(Account::name).containsExactly("till", "renamed");
    }
  }

  @Test
  void twoCreatorsOfOneNameDoNotOverwriteEachOther() {
    try (Mnemonic m = Mnemonic.parse(VaultTest.JUNK);
        Wallet first = vault.create("new", m, null, "x".toCharArray())) {
      assertThat(first.accounts()).hasSize(1);
    }
    assertThatThrownBy(() -> vault.createEmpty("new", "y".toCharArray()))
        .hasMessageContaining("already exists");
    vault.open("new", "x".toCharArray()).close();
  }

  private Process start(Path journal, long seed, String tag) throws Exception {
    return ChildJvm.start(
        EditLoopMain.class,
        vault.directory().toString(),
        "shop",
        journal.toString(),
        Integer.toString(ROUNDS),
        Long.toString(seed),
        tag);
  }
}
