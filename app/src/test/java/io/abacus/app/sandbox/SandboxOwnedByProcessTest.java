package io.abacus.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.testkit.ChildJvm;
import io.abacus.testkit.ProjectPaths;
import io.abacus.wallet.address.Address;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node the Abacus process owns ({@code sandbox start --foreground}, later the desktop app) stops
 * with that process, saving its state, and leaves no node.json behind; a node that dies under it is
 * reported.
 */
class SandboxOwnedByProcessTest {
  @TempDir Path data;
  Path out;
  Process abacus;
  Optional<ProcessHandle> anvil = Optional.empty();
  NodeRecordStore records;

  @AfterEach
  void cleanUp() {
    if (abacus != null) {
      abacus.destroyForcibly();
    }
    anvil.ifPresent(ProcessHandle::destroyForcibly);
  }

  @Test
  void theNodeStopsWhenAbacusExits() throws Exception {
    startInForeground();
    new Sandbox(SandboxFiles.in(data), ProjectPaths::anvilBinary)
        .fund(Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), BigDecimal.ONE);

    abacus.destroy(); // SIGTERM: runs the shutdown hooks, like closing the app
    assertThat(abacus.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(anvil.get().onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
    assertThat(records.read()).isEmpty();
    assertThat(Files.readString(SandboxFiles.in(data).state())).contains("\"block\"");
  }

  @Test
  void aNodeThatDiesIsReported() throws Exception {
    startInForeground();
    anvil.get().destroyForcibly();
    assertThat(abacus.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(abacus.exitValue()).isEqualTo(1);
    assertThat(Files.readString(out)).contains("error: the Sandbox node exited by itself");
    assertThat(records.read()).isEmpty();
  }

  private void startInForeground() throws Exception {
    out = data.resolve("out.txt");
    abacus =
        new ProcessBuilder(
                ChildJvm.command(
                    List.of("-D" + AnvilBinary.PROPERTY + "=" + ProjectPaths.anvilBinary()),
                    io.abacus.app.Main.class,
                    List.of("--data-dir", data.toString(), "sandbox", "start", "--foreground")))
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .redirectInput(new File("/dev/null"))
            .start();
    records = new NodeRecordStore(SandboxFiles.in(data).nodeRecord());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.readString(out, StandardCharsets.UTF_8).contains("Press Ctrl-C")) {
      assertThat(abacus.isAlive()).as(Files.readString(out)).isTrue();
      assertThat(System.nanoTime()).as("start timed out").isLessThan(deadline);
      Thread.sleep(100);
    }
    anvil = records.live().orElseThrow().liveProcess();
    assertThat(anvil).isPresent();
  }
}
