package io.abacus.app.cli.wallet;

import static io.abacus.app.cli.wallet.KeyCommandsTest.JUNK;
import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reported loss: two {@code wallet import-key} on one wallet at the same moment both exit 0 and
 * one key is gone; {@code change-password} beside {@code add-account} loses the account.
 */
class WalletConcurrentCommandsTest {
  @TempDir Path dir;

  @Test
  void commandsRunningAtOnceKeepEveryChange() throws Exception {
    Path data = dir.resolve("data");
    Path pw = Files.writeString(dir.resolve("pw"), "wallet pass\n");
    Path same = Files.writeString(dir.resolve("same"), "wallet pass\n");
    Path mnemonic = Files.writeString(dir.resolve("m"), JUNK + "\n");
    CliRunner cli =
        new CliRunner(data).env(VaultCommand.KDF_N_ENV, String.valueOf(VaultCommand.MIN_KDF_N));
    assertThat(
            cli.run(
                    "wallet",
                    "restore",
                    "shop",
                    "--mnemonic-file",
                    mnemonic.toString(),
                    "--password-file",
                    pw.toString())
                .exitCode())
        .isZero();
    Random random = new Random(7);
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      List<Path> keys = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        key[0] = 0x01;
        keys.add(Files.writeString(dir.resolve("k" + t + i), HexFormat.of().formatHex(key)));
      }
      int thread = t;
      threads.add(
          new Thread(
              () -> {
                for (Path key : keys) {
                  run(cli, failures, "import-key", "--private-key-file", key.toString());
                  // Same password, new salt: re-encrypts beside the other thread's imports.
                  if (thread == 0) {
                    run(cli, failures, "change-password", "--new-password-file", same.toString());
                  } else {
                    run(cli, failures, "add-account");
                  }
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();
    CliRunner.Result accounts =
        cli.run("wallet", "accounts", "shop", "--password-file", pw.toString());
    // 1 restored + 8 imported + 4 added, none lost.
    assertThat(accounts.out().strip().lines()).hasSize(13);
  }

  private void run(CliRunner cli, ConcurrentLinkedQueue<String> failures, String... args) {
    List<String> all = new ArrayList<>(List.of("wallet", args[0], "shop"));
    all.addAll(List.of(args).subList(1, args.length));
    all.addAll(List.of("--password-file", dir.resolve("pw").toString()));
    CliRunner.Result r = cli.run(all.toArray(String[]::new));
    if (r.exitCode() != 0) {
      failures.add(String.join(" ", all) + ": " + r.err());
    }
  }
}
