package io.abacus.app.cli.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.testkit.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves {@code tx sign} and {@code message sign} open no network connection: they run in a forked
 * JVM whose security manager refuses (and reports) every socket and URL permission. A control run
 * of an online command shows the harness does catch network use.
 */
class TxSignOfflineTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run fork(String... args) throws IOException, InterruptedException {
    List<String> main = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
    main.addAll(List.of(args));
    List<String> options = List.of("-Djava.security.manager=allow");
    Process p =
        new ProcessBuilder(ChildJvm.command(options, NoNetworkMain.class, main))
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("forked JVM finished").isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void txSignOpensNoSocket() throws Exception {
    Path tx =
        Files.writeString(
            dir.resolve("tx.json"),
            "{\"type\":2,\"chainId\":1,\"nonce\":9,\"to\":\"0x3535353535353535353535353535353535353535\",\"value\":\"1000000000000000000\",\"gasLimit\":21000,\"maxFeePerGas\":\"30000000000\",\"maxPriorityFeePerGas\":\"1000000000\"}");
    Path key = Files.writeString(dir.resolve("key"), "46".repeat(32));
    Path signed = dir.resolve("signed.json");
    Run r =
        fork(
            "tx",
            "sign",
            "--tx",
            tx.toString(),
            "--private-key-file",
            key.toString(),
            "--out",
            signed.toString(),
            "--json");
    assertThat(r.err()).doesNotContain("NETWORK-ATTEMPT");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"raw\":\"0x02");
    assertThat(Files.readString(signed)).contains("abacus-signed-tx");
  }

  @Test
  void messageSignOpensNoSocket() throws Exception {
    Path msg = Files.writeString(dir.resolve("m.txt"), "hello");
    Path key = Files.writeString(dir.resolve("key"), "46".repeat(32));
    Run r =
        fork(
            "message",
            "sign",
            "--private-key-file",
            key.toString(),
            "--message-file",
            msg.toString(),
            "--json");
    assertThat(r.err()).doesNotContain("NETWORK-ATTEMPT");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"signature\":\"0x");
  }

  @Test
  void controlTheHarnessCatchesAnOnlineCommand() throws Exception {
    Run r = fork("tx", "status", "--rpc", "http://127.0.0.1:9", "0x" + "ab".repeat(32));
    assertThat(r.err()).contains("NETWORK-ATTEMPT");
    assertThat(r.code()).isNotZero();
  }
}
