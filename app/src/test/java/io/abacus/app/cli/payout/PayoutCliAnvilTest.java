package io.abacus.app.cli.payout;

import static io.abacus.app.cli.payout.PayoutChain.args;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.csv.Csv;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code payout plan/run/status/export} end to end on anvil. */
@WithAnvil
class PayoutCliAnvilTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void paysSixtyRowsOfEthAndTwoTokensExactlyOnce(Anvil anvil) throws Exception {
    PayoutChain chain = new PayoutChain(dir, anvil);
    List<PayoutChain.Payee> payees = chain.payees(60, "a");
    Path csv = chain.csv("payout.csv", payees);
    for (PayoutChain.Payee p : payees) {
      assertThat(chain.balance(p)).isZero();
    }

    CliRunner.Result plan =
        chain.cli.run(
            args(
                new String[] {"payout", "plan", "--csv", csv.toString(), "--json"},
                chain.account(),
                chain.nodeArgs()));
    assertThat(plan.exitCode()).as(plan.err() + plan.out()).isZero();
    JsonNode p = JSON.readTree(plan.out());
    assertThat(p.get("rows").asInt()).isEqualTo(60);
    assertThat(p.get("valid").asInt()).isEqualTo(60);
    assertThat(p.get("errors")).isEmpty();
    assertThat(p.get("totals")).hasSize(3);
    assertThat(p.get("totals").get(1).get("asset").asText()).isEqualTo(chain.tusd.toString());
    assertThat(p.get("totals").get(1).get("amount").asText()).isEqualTo("615");
    assertThat(new java.math.BigDecimal(p.get("fee").asText())).isPositive();

    CliRunner.Result run =
        chain.cli.run(
            args(
                new String[] {"payout", "run", "--csv", csv.toString(), "--yes", "--json"},
                chain.account(),
                chain.nodeArgs()));
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = JSON.readTree(run.out());
    assertThat(r.get("paid").asInt()).isEqualTo(60);
    assertThat(r.get("failed").asInt()).isZero();
    assertThat(r.get("rows")).hasSize(60);
    assertThat(r.get("rows").get(0).get("status").asText()).isEqualTo("confirmed");
    for (PayoutChain.Payee payee : payees) {
      assertThat(chain.balance(payee)).as(payee.to()).isEqualTo(PayoutChain.units(payee));
    }

    long block = anvil.blockNumber();
    CliRunner.Result again =
        chain.cli.run(
            args(
                new String[] {"payout", "run", "--csv", csv.toString(), "--yes", "--json"},
                chain.account(),
                chain.nodeArgs()));
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("resuming");
    assertThat(anvil.blockNumber()).as("nothing sent again").isEqualTo(block);
    for (PayoutChain.Payee payee : payees) {
      assertThat(chain.balance(payee)).isEqualTo(PayoutChain.units(payee));
    }

    Path journal = chain.defaultJournal(csv);
    CliRunner.Result status =
        chain.cli.run("payout", "status", "--journal", journal.toString(), "--json");
    assertThat(JSON.readTree(status.out()).get("counts").get("confirmed").asInt()).isEqualTo(60);
    Path out = dir.resolve("result.csv");
    CliRunner.Result export =
        chain.cli.run("payout", "export", "--journal", journal.toString(), "--csv", out.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    List<List<String>> rows = Csv.read(new StringReader(Files.readString(out)));
    assertThat(rows.get(0))
        .startsWith("to", "amount", "asset", "reference", "address", "hash", "status");
    assertThat(rows).hasSize(61);
    assertThat(rows.get(1).get(0)).isEqualTo(payees.get(0).to());
    assertThat(rows.get(1).get(6)).isEqualTo("confirmed");
    assertThat(new BigInteger(rows.get(1).get(8))).isPositive();
  }

  @Test
  void planListsEachInvalidRowAndExitsOne(Anvil anvil) throws Exception {
    PayoutChain chain = new PayoutChain(dir, anvil);
    Path csv =
        Files.writeString(
            dir.resolve("bad.csv"),
            "to;amount;asset\n"
                + "0x70997970C51812dc3A010C7d01b50e0d17dc79C8;\"1.5\";ETH\n"
                + "Nobody;1;ETH\n"
                + "0x70997970C51812dc3A010C7d01b50e0d17dc79C8;\"1,000.00\";TUSD\n"
                + "0x70997970C51812dc3A010C7d01b50e0d17dc79C8;1.5;ETH\n");
    CliRunner.Result plan =
        chain.cli.run(
            args(
                new String[] {"payout", "plan", "--csv", csv.toString(), "--json"},
                chain.account(),
                chain.nodeArgs()));
    assertThat(plan.exitCode()).isEqualTo(1);
    JsonNode p = JSON.readTree(plan.out());
    assertThat(p.get("rows").asInt()).isEqualTo(4);
    assertThat(p.get("valid").asInt()).isEqualTo(2);
    assertThat(p.get("errors")).hasSize(2);
    assertThat(p.get("errors").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(p.get("errors").get(1).get("message").asText()).contains("thousands separator");
    assertThat(p.get("warnings").get(0).get("line").asInt()).isEqualTo(5);

    CliRunner.Result run =
        chain.cli.run(
            args(
                new String[] {"payout", "run", "--csv", csv.toString(), "--yes"},
                chain.account(),
                chain.nodeArgs()));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("line 3:").contains("not paid");
  }
}
