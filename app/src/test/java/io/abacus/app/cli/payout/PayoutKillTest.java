package io.abacus.app.cli.payout;

import static io.abacus.app.cli.payout.PayoutChain.args;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.app.Main;
import io.abacus.app.cli.CliRunner;
import io.abacus.app.payments.Testbed;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code payout run} in a child JVM killed with SIGKILL at ten seeded random moments (while
 * signing, between a broadcast and its journal write, while waiting for receipts) and resumed each
 * time: every recipient ends up paid exactly once, by balance and by Transfer logs; on a chain that
 * mines each transaction at once and on one that mines a block every second.
 */
class PayoutKillTest {
  static final String TRANSFER =
      "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
  @TempDir Path dir;

  @Test
  void automine() throws Exception {
    try (Anvil anvil = Anvil.start(AnvilOptions.defaults())) {
      killAndResume(anvil, new Random(16));
    }
  }

  @Test
  void intervalMining() throws Exception {
    try (Anvil anvil = Anvil.start(new AnvilOptions(31337, true, List.of("--block-time", "1")))) {
      killAndResume(anvil, new Random(1616));
    }
  }

  private void killAndResume(Anvil anvil, Random random) throws Exception {
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
    JournalSteps moved = new JournalSteps(journal, PayoutKillTest::moved);
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
   * A multi-send run (one batch for the ETH rows, an approval and a batch per token) killed at four
   * seeded moments counted in its batches' steps and resumed: no batch is sent twice, every
   * recipient is paid exactly once.
   */
  @Test
  void multiSendBatches() throws Exception {
    try (Anvil anvil = Anvil.start(AnvilOptions.defaults())) {
      PayoutChain chain = new PayoutChain(dir, anvil);
      cheapUnlock(chain);
      String contract = chain.deployMultiSend().toString();
      List<PayoutChain.Payee> payees = chain.payees(12, "b");
      Path csv = chain.csv("batch.csv", payees);
      Path journal = chain.defaultJournal(csv);
      String[] run =
          args(
              new String[] {"payout", "run", "--csv", csv.toString(), "--yes", "--json"},
              new String[] {"--multi-send", "--multi-send-contract", contract},
              chain.account(),
              chain.nodeArgs());
      Random random = new Random(1604);
      JournalSteps batchSteps = new JournalSteps(journal, PayoutKillTest::batchSteps);
      List<Long> steps = new ArrayList<>();
      for (int kill = 0; kill < 4; kill++) {
        Process child = fork(chain, run, 100 + kill);
        Path err = dir.resolve("err-" + (100 + kill) + ".txt");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && System.nanoTime() < deadline && !started(err)) {
          Thread.sleep(10);
        }
        long target = batchSteps.now() + 1 + random.nextInt(3);
        while (child.isAlive() && System.nanoTime() < deadline && batchSteps.now() < target) {
          Thread.sleep(2);
        }
        Thread.sleep(random.nextInt(20));
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        steps.add(batchSteps.now());
      }
      System.out.println("batch steps at each kill: " + steps);
      assertThat(steps.get(3)).as("killed mid-run: " + steps).isBetween(1L, 14L);
      CliRunner.Result last = chain.cli.run(run);
      assertThat(last.exitCode()).as(last.err()).isZero();
      JsonNode out = new com.fasterxml.jackson.databind.ObjectMapper().readTree(last.out());
      assertThat(out.get("paid").asInt()).isEqualTo(12);
      Map<Address, Integer> transfers = new HashMap<>(transfers(anvil, chain.tusd));
      transfers.putAll(transfers(anvil, chain.dmd));
      for (PayoutChain.Payee p : payees) {
        assertThat(chain.balance(p)).as("balance of " + p.to()).isEqualTo(PayoutChain.units(p));
        if (p.token() != null) {
          assertThat(transfers.get(p.address())).as("Transfer logs to " + p.to()).isEqualTo(1);
        }
      }
      PayoutJournal done = PayoutJournal.open(journal).orElseThrow();
      assertThat(done.batches()).hasSize(5);
      assertThat(done.batches()).allMatch(b -> b.status() == JournalRow.Status.CONFIRMED);
    }
  }

  /**
   * Re-seals the wallet that every child unlocks with scrypt n = 16. Each child unlocks it once, at
   * the CLI's lowest cost (n = 2^14, as {@code wallet restore} made it) about 0.15 CPU s with C1;
   * this test is about the journal, not key stretching. A wallet file records its own n, so the
   * children open it like any other (their ABACUS_VAULT_SCRYPT_N only applies to new files).
   */
  private static void cheapUnlock(PayoutChain chain) {
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
  private static long batchSteps(PayoutJournal j) {
    return j.batches().stream().mapToLong(b -> Math.min(3, b.status().ordinal())).sum();
  }

  private static List<String> tail(Path file) throws java.io.IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.subList(Math.max(0, lines.size() - 3), lines.size());
  }

  /** Whether the child has opened the journal (it says "journal:" or "resuming"). */
  private static boolean started(Path err) throws java.io.IOException {
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

  private Process fork(PayoutChain chain, String[] args, int n) throws Exception {
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
  private static Map<Address, Integer> transfers(Anvil anvil, Address token) {
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
