package io.abacus.app.cli.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.ChildJvm;
import io.abacus.testkit.WithAnvil;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed (SIGKILL) during {@code invoice sync} loses and double-counts nothing. */
@WithAnvil
class InvoiceSyncKillTest {
  @Test
  void killedSyncsLeaveTheSameResultAsOneCleanSync(Anvil anvil, @TempDir Path dir)
      throws Exception {
    Chain chain = new Chain(anvil);
    Shop shop = new Shop(anvil, dir, "2026-01-05");
    String one = shop.create("ETH", "1").get("id").asText();
    String two = shop.create("ETH", "2").get("id").asText();
    // Payments at blocks 1, 1102 and 1203: the scan (chunks of 200 blocks, progress printed when
    // more than 1,000 blocks are new) is killed after block 1000, between the first and the second.
    chain.eth(3, shop.address, "1.000001");
    anvil.mine(1100);
    chain.eth(4, shop.address, "1.000002");
    anvil.mine(100);
    chain.eth(4, shop.address, "1");

    // First kill: in the middle of the block scan (after some chunks were saved).
    Process scanning = start(shop);
    try (BufferedReader err = reader(scanning.getErrorStream())) {
      String line;
      do {
        line = err.readLine();
        assertThat(line).as("child progress").isNotNull();
      } while (!line.startsWith("scanned block 1000 "));
      kill(scanning);
    }
    // Then at random moments of later, shorter runs (matching and saving the snapshot).
    Random random = new Random(15);
    for (int round = 0; round < 3; round++) {
      Process child = start(shop);
      try (BufferedReader out = reader(child.getInputStream())) {
        for (int starts = 0; starts < 1 + round; ) {
          String line = out.readLine();
          assertThat(line).as("child output").isNotNull();
          if (line.equals("START")) {
            starts++;
          }
        }
        Thread.sleep(random.nextInt(300));
        kill(child);
      }
    }

    JsonNode synced = shop.sync();
    assertThat(synced.get("matched").asInt()).isEqualTo(3);
    assertThat(synced.get("unassigned")).isEmpty();
    JsonNode first = shop.invoice(one);
    assertThat(first.get("status").asText()).isEqualTo("paid");
    assertThat(first.get("paid").asText()).isEqualTo("1.000001");
    JsonNode second = shop.invoice(two);
    assertThat(second.get("status").asText()).isEqualTo("paid");
    assertThat(second.get("paid").asText()).isEqualTo("2.000002");
    assertThat(second.get("payments")).hasSize(2);
    assertThat(shop.sync()).isEqualTo(synced);
  }

  private static Process start(Shop shop) throws Exception {
    List<String> args = new ArrayList<>(List.of("--data-dir", shop.data.toString()));
    args.addAll(List.of(shop.syncArgs()));
    return new ProcessBuilder(ChildJvm.command(SyncLoopMain.class, args)).start();
  }

  private static BufferedReader reader(java.io.InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
  }
}
