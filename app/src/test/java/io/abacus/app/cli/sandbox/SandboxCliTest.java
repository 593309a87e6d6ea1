package io.abacus.app.cli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.Cli;
import io.abacus.app.cli.CliRunner;
import io.abacus.app.sandbox.NodeRecord;
import io.abacus.app.sandbox.NodeRecordStore;
import io.abacus.app.sandbox.RawRpc;
import io.abacus.app.sandbox.Sandbox;
import io.abacus.app.sandbox.SandboxFiles;
import io.abacus.app.sandbox.SandboxTestSupport;
import io.abacus.testkit.ProjectPaths;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxCliTest {
  private static final String ALICE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  @AfterEach
  void noAnvilLeft() {
    SandboxTestSupport.stopAndVerify(new Sandbox(SandboxFiles.in(data), ProjectPaths::anvilBinary));
  }

  @Test
  void startFundStatusDemoStop() throws Exception {
    CliRunner cli = new CliRunner(data);
    CliRunner.Result start = cli.run("sandbox", "start");
    assertThat(start.exitCode()).as(start.err()).isZero();
    assertThat(start.out()).contains("Sandbox running at http://127.0.0.1:").contains("test money");
    assertThat(start.out()).contains("Test USD (TUSD) at 0x");

    JsonNode status = status(cli);
    assertThat(status.get("running").asBoolean()).isTrue();
    assertThat(status.get("chainId").asLong()).isEqualTo(31337);
    assertThat(status.get("pid").asLong()).isPositive();
    assertThat(status.get("tokenAddress").asText()).startsWith("0x").hasSize(42);
    // block 1 deploys Test USD, block 2 the multi-send contract (payouts in one transaction)
    assertThat(status.get("blockNumber").asLong()).isEqualTo(2);
    RawRpc rpc = new RawRpc(status.get("rpcUrl").asText());
    // The node was started detached: it answers after the command returned.
    assertThat(rpc.quantity("eth_chainId")).isEqualTo(31337);

    BigInteger before = rpc.balance(ALICE);
    CliRunner.Result fund = cli.run("sandbox", "fund", ALICE, "3.25");
    assertThat(fund.exitCode()).as(fund.err()).isZero();
    assertThat(fund.out()).contains("Funded " + ALICE + " with 3.25 test ETH");
    assertThat(rpc.balance(ALICE)).isEqualTo(before.add(new BigInteger("3250000000000000000")));

    CliRunner.Result tusd = cli.run("sandbox", "fund", ALICE, "100", "--token", "tusd");
    assertThat(tusd.exitCode()).as(tusd.err()).isZero();
    assertThat(tusd.out()).contains("balance 100.000000 TUSD");

    CliRunner.Result demo = cli.run("sandbox", "demo-activity", "--blocks", "12", "--seed", "9");
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out()).containsPattern("Demo activity: \\d+ transactions in blocks \\d+-\\d+");
    assertThat(status(cli).get("blockNumber").asLong())
        .isEqualTo(2 + 1 + 1 + 12); // two deploys, mint, demo setup, 12 blocks

    CliRunner.Result stop = cli.run("sandbox", "stop");
    assertThat(stop.exitCode()).isZero();
    assertThat(stop.out()).contains("Sandbox stopped");
    JsonNode stopped = status(cli);
    assertThat(stopped.get("running").asBoolean()).isFalse();
    assertThat(stopped.get("rpcUrl").isNull()).isTrue();
    assertThat(stopped.get("tokenAddress").asText()).isEqualTo(status.get("tokenAddress").asText());
    assertThat(cli.run("sandbox", "stop").out()).contains("was not running");
  }

  @Test
  void aStateAnvilRefusesOffersTheLastGoodStateAndGarbageNeverReplacesIt() throws Exception {
    CliRunner cli = new CliRunner(data);
    SandboxFiles files = SandboxFiles.in(data);
    assertThat(cli.run("sandbox", "start").exitCode()).isZero();
    assertThat(cli.run("sandbox", "fund", ALICE, "1").exitCode()).isZero();
    assertThat(cli.run("sandbox", "stop").exitCode()).isZero();
    assertThat(cli.run("sandbox", "start").exitCode()).isZero(); // anvil loaded it: last good
    long head = status(cli).get("blockNumber").asLong();
    assertThat(cli.run("sandbox", "stop").exitCode()).isZero();
    String good = Files.readString(files.stateBackup());

    // Right shape, but anvil cannot load it (no block 5 in it).
    Files.writeString(
        files.state(), "{\"block\":{\"number\":\"0x5\"},\"accounts\":{},\"best_block_number\":5}");
    CliRunner.Result refused = cli.run("sandbox", "start");
    assertOneLineError(refused, "anvil could not load the Sandbox state");
    assertThat(refused.err())
        .contains("the last good state is from")
        .contains("abacus sandbox start --from-last-good-state");
    assertThat(Files.readString(files.stateBackup())).isEqualTo(good);

    CliRunner.Result recovered = cli.run("sandbox", "start", "--from-last-good-state");
    assertThat(recovered.exitCode()).as(recovered.err()).isZero();
    assertThat(recovered.err()).contains("started from the last good Sandbox state");
    assertThat(status(cli).get("blockNumber").asLong()).isEqualTo(head);
    assertThat(cli.run("sandbox", "stop").exitCode()).isZero();

    Files.writeString(files.state(), "{\"garbage\": true}");
    CliRunner.Result garbage = cli.run("sandbox", "start");
    assertThat(garbage.exitCode()).as(garbage.err()).isZero();
    assertThat(garbage.err()).contains("restored the state of the previous start");
    assertThat(status(cli).get("blockNumber").asLong()).isEqualTo(head);
    assertThat(Files.readString(files.stateBackup())).doesNotContain("garbage");
    assertThat(cli.run("sandbox", "stop").exitCode()).isZero();
    if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
      for (java.nio.file.Path p : List.of(files.state(), files.stateBackup(), files.log())) {
        assertThat(
                java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(p)))
            .as(p.toString())
            .isEqualTo("rw-------");
      }
    }
  }

  @Test
  void helpListsTheSandboxCommands() {
    CliRunner.Result r = new CliRunner(data).run("sandbox", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("test money")
        .contains("start", "stop", "status", "fund", "demo-activity");
    assertThat(new CliRunner(data).run("--help").out()).contains("sandbox");
  }

  @Test
  void badInputIsAOneLineError() {
    CliRunner cli = new CliRunner(data);
    assertOneLineError(
        cli.run("sandbox", "fund", "0x70997970C51812dc3A010C7d01b50e0d17dc79c8", "1"),
        "wrong EIP-55 checksum");
    assertOneLineError(cli.run("sandbox", "fund", "0x1234", "1"), "40 hex digits");
    assertOneLineError(cli.run("sandbox", "fund", ALICE, "-1"), "plain positive number");
    assertOneLineError(cli.run("sandbox", "fund", ALICE, "1e3"), "plain positive number");
    assertOneLineError(cli.run("sandbox", "fund", ALICE, "1"), "the Sandbox is not running");
    assertOneLineError(cli.run("sandbox", "demo-activity"), "the Sandbox is not running");
    CliRunner.Result usage = cli.run("sandbox", "fund", ALICE);
    assertThat(usage.exitCode()).isEqualTo(Cli.USAGE);
  }

  @Test
  void tooManyDecimalsAndUnknownTokenAreRejectedByARunningSandbox() {
    CliRunner cli = new CliRunner(data);
    assertThat(cli.run("sandbox", "start").exitCode()).isZero();
    assertOneLineError(
        cli.run("sandbox", "fund", ALICE, "0.0000001", "--token", "TUSD"), "TUSD has 6 decimals");
    assertOneLineError(cli.run("sandbox", "fund", ALICE, "1", "--token", "DAI"), "ETH or TUSD");
    assertOneLineError(cli.run("sandbox", "demo-activity", "--blocks", "0"), "between 1 and");
  }

  @Test
  void missingAnvilIsAClearError() {
    CliRunner cli =
        new CliRunner(data, Map.of("ABACUS_ANVIL", data.resolve("no-anvil").toString()));
    assertOneLineError(cli.run("sandbox", "start"), "anvil not found at");
    assertThat(status(cli).get("running").asBoolean()).isFalse();
  }

  @Test
  void aNodeThatDoesNotAnswerIsReportedAndCanBeStopped() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadPort = socket.getLocalPort();
    }
    Process hung = new ProcessBuilder("sleep", "600").start();
    try {
      new NodeRecordStore(SandboxFiles.in(data).nodeRecord())
          .write(
              new NodeRecord(
                  hung.pid(), deadPort, hung.info().startInstant().orElseThrow(), "anvil"));
      CliRunner cli = new CliRunner(data);
      JsonNode status = status(cli);
      assertThat(status.get("running").asBoolean()).isTrue();
      assertThat(status.get("blockNumber").isNull()).isTrue();
      assertThat(cli.run("sandbox", "status").out()).contains("not answering");
      assertOneLineError(
          cli.run("sandbox", "fund", ALICE, "1"),
          "cannot reach the Sandbox node at http://127.0.0.1:" + deadPort);

      assertThat(cli.run("sandbox", "stop").out()).contains("Sandbox stopped");
      assertThat(hung.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(status(cli).get("running").asBoolean()).isFalse();
    } finally {
      hung.destroyForcibly();
    }
  }

  private static JsonNode status(CliRunner cli) {
    CliRunner.Result r = cli.run("sandbox", "status", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().strip().lines()).hasSize(1);
    try {
      return JSON.readTree(r.out());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + r.out(), e);
    }
  }

  private static void assertOneLineError(CliRunner.Result r, String message) {
    assertThat(r.exitCode()).as(r.out()).isEqualTo(Cli.FAILURE);
    assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("error: ").contains(message);
    assertThat(r.out()).isEmpty();
  }
}
