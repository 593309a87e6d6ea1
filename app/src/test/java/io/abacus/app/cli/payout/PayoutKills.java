package io.abacus.app.cli.payout;

import static io.abacus.app.cli.payout.PayoutChain.args;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.app.Main;
import io.abacus.app.cli.CliRunner;
import io.abacus.app.payments.Testbed;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.ChildJvm;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutJournal;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the payout kill tests share: a child JVM running {@code payout run} that is killed with
 * SIGKILL at seeded random moments counted in the journal's own steps, then resumed. The three runs
 * are three test classes ({@link PayoutKillTest}, {@link PayoutKillIntervalTest}, {@link
 * PayoutMultiSendKillTest}) so that the test JVMs share them out: together they are the suite's
 * longest class, and one class runs in one JVM.
 */
abstract class PayoutKills {
  static final String TRANSFER =
      "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
  @TempDir Path dir;

  void killAndResume(Anvil anvil, Random random) throws Exception {
    PayoutChain chain = new PayoutChain(dir, anvil);
    cheapUnlock(chain);
    List<PayoutChain.Payee> payees = chain.payees(60, "k");
    Path csv = chain.csv("payout.csv", payees);
    Path journal = chain.defaultJournal(csv);
    String[] run =
        args(
            new String[] {"payout", "run", "--csv", csv.toString(), "--yes", "--json"},
            chain.account(),
            chain.nodeArgs());
    JournalSteps moved = new JournalSteps(journal, PayoutKills::moved);
    List<Integer> midRun = new ArrayList<>();
    for (int kill = 0; kill < 10; kill++) {
      Process child = fork(chain, run, kill);
      Path err = dir.resolve("err-" + kill + ".txt");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (child.isAlive() && System.nanoTime() < deadline && !started(err)) {
        Thread.sleep(10);
      }
      // Kill at a random moment measured in the run's own steps (a row signed, broadcast or
      // confirmed: 1 to 12 steps after the last kill, then up to 50 ms more), not in seconds: on a
      // slow machine seconds pass before the first signature, on a fast one a whole run fits in
      // them; in steps every kill lands mid-run on both.
      long target = moved.now() + 1 + random.nextInt(12);
      while (child.isAlive() && System.nanoTime() < deadline && moved.now() < target) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(50));
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      PayoutJournal.open(journal).ifPresent(j -> midRun.add(unfinished(j)));
      System.out.println("child " + kill + " said: " + tail(dir.resolve("err-" + kill + ".txt")));
    }
    System.out.println("rows started but not final at each kill: " + midRun);
    assertThat(midRun.stream().filter(n -> n > 0 && n < 60).count())
        .as("kills that interrupted the run: " + midRun)
        .isGreaterThanOrEqualTo(5);
    CliRunner.Result last = chain.cli.run(run);
    assertThat(last.exitCode()).as(last.err()).isZero();
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(last.out())
                .get("paid")
                .asInt())
        .isEqualTo(60);
    Map<Address, Integer> transfers = new HashMap<>();
    transfers.putAll(transfers(anvil, chain.tusd));
    transfers.putAll(transfers(anvil, chain.dmd));
    for (PayoutChain.Payee p : payees) {
      assertThat(chain.balance(p)).as("balance of " + p.to()).isEqualTo(PayoutChain.units(p));
      if (p.token() != null) {
        assertThat(transfers.get(p.address())).as("Transfer logs to " + p.to()).isEqualTo(1);
      }
    }
  }

  /**
   * Re-seals the wallet that every child unlocks with scrypt n = 16. Each child unlocks it once, at
   * the CLI's lowest cost (n = 2^14, as {@code wallet restore} made it) about 0.15 CPU s with C1;
   * this test is about the journal, not key stretching. A wallet file records its own n, so the
   * children open it like any other (their ABACUS_VAULT_SCRYPT_N only applies to new files).
   */
  static void cheapUnlock(PayoutChain chain) {
    char[] password = Testbed.PASSWORD.toCharArray();
    new Vault(chain.data().resolve("wallets"), new VaultKdf(1 << 4, 8, 1), new SecureRandom())
        .edit(
            "shop",
            password,
            w -> {
              w.changePassword(password, password);
              return null;
            });
  }

  /** Steps the journal's batches have taken (0 planned, 1 signed, 2 broadcast, 3 final). */
  static long batchSteps(PayoutJournal j) {
    return j.batches().stream().mapToLong(b -> Math.min(3, b.status().ordinal())).sum();
  }

  private static List<String> tail(Path file) throws java.io.IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.subList(Math.max(0, lines.size() - 3), lines.size());
  }

  /** Whether the child has opened the journal (it says "journal:" or "resuming"). */
  static boolean started(Path err) throws java.io.IOException {
    String text = Files.exists(err) ? Files.readString(err) : "";
    return text.contains("journal: ") || text.contains("resuming");
  }

  /** Steps the rows of the journal have taken so far (0 for planned, 1 signed, ...). */
  private static long moved(PayoutJournal j) {
    return j.rows().stream().mapToLong(r -> r.status().ordinal()).sum();
  }

  private static int unfinished(PayoutJournal j) {
    System.out.println(
        j.rows().stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    r -> r.status().label(), java.util.stream.Collectors.counting())));
    boolean started = j.rows().stream().anyMatch(r -> r.status() != JournalRow.Status.PLANNED);
    return started ? (int) j.rows().stream().filter(r -> !r.status().isFinal()).count() : 0;
  }

  Process fork(PayoutChain chain, String[] args, int n) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(ChildJvm.command(Main.class, List.of(args)))
            .redirectInput(new File("/dev/null"))
            .redirectOutput(dir.resolve("out-" + n + ".txt").toFile())
            .redirectError(dir.resolve("err-" + n + ".txt").toFile());
    pb.environment().put("ABACUS_DATA_DIR", chain.data().toString());
    pb.environment().put("ABACUS_VAULT_SCRYPT_N", "16384");
    return pb.start();
  }

  /** How many Transfer logs of {@code token} each recipient got. */
  static Map<Address, Integer> transfers(Anvil anvil, Address token) {
    Map<String, Object> filter = new HashMap<>();
    filter.put("fromBlock", "0x0");
    filter.put("toBlock", "latest");
    filter.put("address", token.toString().toLowerCase(Locale.ROOT));
    filter.put("topics", List.of(TRANSFER));
    Map<Address, Integer> counts = new HashMap<>();
    for (JsonNode log : anvil.call("eth_getLogs", filter)) {
      String to = log.get("topics").get(2).asText();
      counts.merge(Address.parse("0x" + to.substring(26)), 1, Integer::sum);
    }
    return counts;
  }
}
