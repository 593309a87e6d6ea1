package io.abacus.app.cli.payout;

import static io.abacus.app.cli.payout.PayoutChain.args;
import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times {@code payout run} of 200 rows on anvil (not part of the suite: its name matches no test
 * pattern; run it with -Dtest=PayoutTimingBench, see docs/benchmarks.md).
 */
@WithAnvil
class PayoutTimingBench {
  @TempDir Path dir;

  @Test
  void twoHundredRows(Anvil anvil) throws Exception {
    PayoutChain chain = new PayoutChain(dir, anvil);
    List<PayoutChain.Payee> payees = chain.payees(200, "bench");
    Path csv = chain.csv("payout.csv", payees);
    String[] common =
        args(new String[] {"--csv", csv.toString()}, chain.account(), chain.nodeArgs());
    long t0 = System.nanoTime();
    CliRunner.Result plan = chain.cli.run(args(new String[] {"payout", "plan"}, common));
    long t1 = System.nanoTime();
    CliRunner.Result run = chain.cli.run(args(new String[] {"payout", "run", "--yes"}, common));
    long t2 = System.nanoTime();
    assertThat(plan.exitCode()).as(plan.out()).isZero();
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (PayoutChain.Payee p : payees) {
      assertThat(chain.balance(p)).isEqualTo(PayoutChain.units(p));
    }
    System.out.printf(
        "BENCH payout of %d rows: plan %d ms, run %d ms%n",
        payees.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
  }
}
