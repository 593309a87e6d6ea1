package io.abacus.app.cli.payout;

import static io.abacus.app.cli.payout.PayoutChain.args;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import io.abacus.app.payments.Testbed;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutJournal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code payout speedup} / {@code payout cancel} on anvil: a row stuck in a chain that mines only
 * when told is sped up through the journal, and the resumed run records the replacement.
 */
@WithAnvil
class PayoutReplaceCliAnvilTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Anvil anvil;

  @AfterEach
  void automine() {
    if (anvil != null) {
      anvil.setAutomine(true);
    }
  }

  @Test
  void aStuckRowIsSpedUpAndTheResumedRunRecordsTheReplacement(Anvil anvil) throws Exception {
    this.anvil = anvil;
    PayoutChain chain = new PayoutChain(dir, anvil);
    Address to = Address.parse("0x00000000000000000000000000000000000c1101");
    Path csv = Files.writeString(dir.resolve("stuck.csv"), "to,amount,asset\n" + to + ",0.5,ETH\n");
    Path journal = chain.defaultJournal(csv);
    String[] run = {
      "payout", "run", "--csv", csv.toString(), "--yes", "--json", "--poll-ms", "100"
    };

    anvil.setAutomine(false);
    AtomicReference<CliRunner.Result> first = new AtomicReference<>();
    Thread paying =
        new Thread(() -> first.set(chain.cli.run(args(run, chain.account(), chain.nodeArgs()))));
    paying.start();
    JournalRow stuck = awaitBroadcast(journal);
    paying.interrupt(); // stopped while it waits for the receipt
    paying.join(30_000);
    assertThat(first.get().exitCode()).isNotZero();

    CliRunner.Result faster =
        chain.cli.run(
            args(
                new String[] {
                  "payout", "speedup", "--journal", journal.toString(), "--line", "2", "--json"
                },
                chain.account(),
                chain.nodeArgs()));
    assertThat(faster.exitCode()).as(faster.err()).isZero();
    JsonNode f = JSON.readTree(faster.out());
    assertThat(f.get("nonce").asLong()).isEqualTo(stuck.nonce());
    assertThat(f.get("replaced").asText()).isEqualTo(stuck.hash());
    assertThat(f.get("status").asText()).isEqualTo("broadcast");
    String hash = f.get("hash").asText();
    assertThat(hash).isNotEqualTo(stuck.hash());

    anvil.mine(1);
    anvil.setAutomine(true);
    CliRunner.Result resumed = chain.cli.run(args(run, chain.account(), chain.nodeArgs()));
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    JsonNode r = JSON.readTree(resumed.out());
    assertThat(r.get("paid").asInt()).isEqualTo(1);
    assertThat(r.get("rows").get(0).get("hash").asText()).isEqualTo(hash);
    assertThat(Testbed.client(anvil).balance(to, "latest"))
        .isEqualTo(new BigInteger("500000000000000000"));

    CliRunner.Result late =
        chain.cli.run(
            args(
                new String[] {"payout", "cancel", "--journal", journal.toString(), "--line", "2"},
                chain.account(),
                chain.nodeArgs()));
    assertThat(late.exitCode()).isEqualTo(1);
    assertThat(late.err()).contains("line 2 is confirmed: nothing to replace");
  }

  private static JournalRow awaitBroadcast(Path journal) throws Exception {
    for (int i = 0; i < 600; i++) {
      Optional<PayoutJournal> j =
          Files.exists(journal) ? PayoutJournal.open(journal) : Optional.empty();
      if (j.isPresent() && j.get().row(0).status() == JournalRow.Status.BROADCAST) {
        return j.get().row(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the row was never broadcast");
  }
}
