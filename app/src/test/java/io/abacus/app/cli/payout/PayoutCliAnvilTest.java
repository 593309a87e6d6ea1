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

  @Test
  void planFindsTheMultiSendContractSavedForTheNetworkInSettings(Anvil anvil) throws Exception {
    PayoutChain chain = new PayoutChain(dir, anvil);
    io.abacus.wallet.address.Address contract = chain.deployMultiSend();
    Path csv = chain.csv("saved.csv", chain.payees(3, "s"));
    assertThat(
            chain
                .cli
                .run("network", "add", "Dev", "--rpc", anvil.rpcUrl(), "--chain-id", "31337")
                .exitCode())
        .isZero();
    String[] plan = {"payout", "plan", "--csv", csv.toString(), "--json", "--network", "Dev"};
    JsonNode before = JSON.readTree(chain.cli.run(args(plan, chain.account())).out());
    assertThat(before.has("multiSend")).as("nothing saved yet").isFalse();

    io.abacus.app.cli.common.SavedNetworks saved =
        new io.abacus.app.cli.common.SavedNetworks(chain.data());
    String id = io.abacus.app.cli.common.SavedNetworks.find(saved.load(), "Dev").orElseThrow().id();
    saved.update(s -> s.withMultiSend(id, java.util.Optional.of(contract)));

    CliRunner.Result after = chain.cli.run(args(plan, chain.account()));
    // (TUSD was added for the --rpc network only, so its row is invalid on "Dev": exit code 1)
    assertThat(JSON.readTree(after.out()).get("multiSend").get("contract").asText())
        .isEqualToIgnoringCase(contract.toString());
  }

  @Test
  void paysEthAndTwoTokensThroughTheMultiSendContractOnceEach(Anvil anvil) throws Exception {
    PayoutChain chain = new PayoutChain(dir, anvil);
    String contract = chain.deployMultiSend().toString();
    List<PayoutChain.Payee> payees = chain.payees(9, "m");
    Path csv = chain.csv("multi.csv", payees);
    String[] plain = {"payout", "plan", "--csv", csv.toString(), "--json"};
    CliRunner.Result without = chain.cli.run(args(plain, chain.account(), chain.nodeArgs()));
    assertThat(without.exitCode()).as(without.err()).isZero();
    JsonNode before = JSON.readTree(without.out());
    assertThat(before.has("multiSend")).isFalse();

    CliRunner.Result plan =
        chain.cli.run(
            args(
                plain,
                new String[] {"--multi-send-contract", contract},
                chain.account(),
                chain.nodeArgs()));
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    JsonNode p = JSON.readTree(plan.out());
    JsonNode ms = p.get("multiSend");
    java.util.Iterator<String> names = p.fieldNames();
    for (String old : List.of("rows", "valid", "errors", "warnings", "totals", "fee")) {
      assertThat(names.next()).isEqualTo(old);
      assertThat(p.get(old)).as("unchanged " + old).isEqualTo(before.get(old));
    }
    assertThat(names.next()).isEqualTo("multiSend");
    assertThat(ms.get("contract").asText()).isEqualToIgnoringCase(contract);
    assertThat(ms.get("separateFee").asText()).isEqualTo(p.get("fee").asText());
    assertThat(new java.math.BigDecimal(ms.get("fee").asText())).isPositive();
    assertThat(ms.get("transactions").asInt()).as("ETH, approve+TUSD, approve+DMD").isEqualTo(5);

    long first = anvil.blockNumber();
    CliRunner.Result run =
        chain.cli.run(
            args(
                new String[] {"payout", "run", "--csv", csv.toString(), "--yes", "--json"},
                new String[] {"--multi-send", "--multi-send-contract", contract},
                chain.account(),
                chain.nodeArgs()));
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = JSON.readTree(run.out());
    assertThat(r.get("paid").asInt()).isEqualTo(9);
    assertThat(anvil.blockNumber() - first).as("five transactions for nine rows").isEqualTo(5);
    java.util.Map<io.abacus.wallet.address.Address, Integer> transfers =
        new java.util.HashMap<>(chain.transfers(chain.tusd));
    transfers.putAll(chain.transfers(chain.dmd));
    for (PayoutChain.Payee payee : payees) {
      assertThat(chain.balance(payee)).as(payee.to()).isEqualTo(PayoutChain.units(payee));
      if (payee.token() != null) {
        assertThat(transfers.get(payee.address())).as("Transfer logs to " + payee.to()).isOne();
      }
    }
    JsonNode rows = r.get("rows");
    assertThat(rows.get(0).get("batch").asInt()).isZero();
    assertThat(rows.get(3).get("hash"))
        .as("rows 1 and 4 pay ETH in one batch")
        .isEqualTo(rows.get(0).get("hash"));
    assertThat(new BigInteger(rows.get(0).get("fee").asText())).isPositive();
    assertThat(rows.get(3).get("fee").asText()).as("the first row carries the fee").isEqualTo("0");

    Path out = dir.resolve("multi-result.csv");
    CliRunner.Result export =
        chain.cli.run(
            "payout",
            "export",
            "--journal",
            chain.defaultJournal(csv).toString(),
            "--csv",
            out.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    List<List<String>> exported = Csv.read(new StringReader(Files.readString(out)));
    assertThat(exported.get(0)).endsWith("batch");
    assertThat(exported.get(4).get(5)).isEqualTo(rows.get(0).get("hash").asText());
  }
}
