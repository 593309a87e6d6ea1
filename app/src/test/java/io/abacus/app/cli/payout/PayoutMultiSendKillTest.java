package io.abacus.app.cli.payout;

import static io.abacus.app.cli.payout.PayoutChain.args;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutJournal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A multi-send run (one batch for the ETH rows, an approval and a batch per token) killed at four
 * seeded moments counted in its batches' steps and resumed: no batch is sent twice, every recipient
 * is paid exactly once.
 */
class PayoutMultiSendKillTest extends PayoutKills {
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
      JournalSteps batchSteps = new JournalSteps(journal, PayoutKills::batchSteps);
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
}
