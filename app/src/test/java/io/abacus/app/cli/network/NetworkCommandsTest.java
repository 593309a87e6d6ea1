package io.abacus.app.cli.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved networks from the command line, and the node commands using them against anvil. */
@WithAnvil
class NetworkCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private CliRunner cli() {
    return new CliRunner(dir.resolve("data"), Map.of("ABACUS_VAULT_SCRYPT_N", "16384"));
  }

  private static void ok(CliRunner.Result r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void aSavedNetworkServesIndexAndSendWithAWallet(Anvil anvil) throws Exception {
    CliRunner cli = cli();
    ok(cli.run("network", "add", "Dev", "--rpc", anvil.rpcUrl(), "--chain-id", "31337"));
    JsonNode list = JSON.readTree(cli.run("network", "list", "--json").out());
    assertThat(list.get("networks").findValuesAsText("name")).contains("Dev");

    CliRunner.Result index =
        cli.run("index", "--network", "dev", "--db", dir.resolve("dev.db").toString());
    ok(index);
    assertThat(index.out()).contains("indexed blocks 0..");

    Path password = Files.writeString(dir.resolve("pw"), "correct horse battery\n");
    Path words =
        Files.writeString(
            dir.resolve("words"), "test test test test test test test test test test test junk\n");
    ok(
        cli.run(
            "wallet",
            "restore",
            "shop",
            "--mnemonic-file",
            words.toString(),
            "--password-file",
            password.toString()));
    CliRunner.Result sent =
        cli.run(
            "tx",
            "send",
            "--network",
            "Dev",
            "--wallet",
            "shop",
            "--account",
            "0",
            "--password-file",
            password.toString(),
            "--to",
            anvil.account(7).address(),
            "--amount",
            "0.5",
            "--yes",
            "--json");
    ok(sent);
    JsonNode tx = JSON.readTree(sent.out());
    assertThat(tx.get("from").asText()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    assertThat(sent.err()).contains("Dev");

    ok(cli.run("network", "remove", "Dev"));
    assertThat(cli.run("network", "list").out()).doesNotContain("Dev");
    CliRunner.Result builtIn = cli.run("network", "remove", "ethereum");
    assertThat(builtIn.exitCode()).isEqualTo(1);
    assertThat(builtIn.err()).contains("built-in networks cannot be removed");
  }

  @Test
  void aNodeOnAnotherChainIsRefusedUnlessForced(Anvil anvil) {
    CliRunner cli = cli();
    CliRunner.Result wrong =
        cli.run("network", "add", "Main", "--rpc", anvil.rpcUrl(), "--chain-id", "1");
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err())
        .startsWith("error: the node at http://127.0.0.1:")
        .contains("serves chain id 31337, not chain id 1 (Main)")
        .contains("not saved");
    assertThat(cli.run("network", "list").out()).doesNotContain("Main");

    CliRunner.Result forced =
        cli.run("network", "add", "Main", "--rpc", anvil.rpcUrl(), "--chain-id", "1", "--force");
    ok(forced);
    assertThat(forced.err()).contains("saved anyway");
    CliRunner.Result index =
        cli.run("index", "--network", "Main", "--db", dir.resolve("main.db").toString());
    assertThat(index.exitCode()).isEqualTo(1);
    assertThat(index.err()).contains("serves chain id 31337, not chain id 1 (Main)");
  }

  @Test
  void credentialsInTheUrlNeverAppearInOutputErrorsOrLogs(Anvil anvil) throws Exception {
    String secret = "s3cretpass";
    String key = "k3y0123456789";
    String withCredentials =
        anvil.rpcUrl().replace("http://", "http://alice:" + secret + "@") + "?apikey=" + key;
    CliRunner cli = cli();
    ok(cli.run("network", "add", "Keyed", "--rpc", withCredentials, "--chain-id", "31337"));
    CliRunner.Result json = cli.run("network", "list", "--json");
    CliRunner.Result text = cli.run("network", "list");
    CliRunner.Result status =
        cli.run("tx", "status", "0x" + "ab".repeat(32), "--network", "Keyed", "--json");
    int closed;
    try (var socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    String down = "http://alice:" + secret + "@127.0.0.1:" + closed + "/rpc?apikey=" + key;
    CliRunner.Result unreachable =
        cli.run("index", "--rpc", down, "--db", dir.resolve("x.db").toString(), "--timeout", "2");
    CliRunner.Result refused =
        cli.run("network", "add", "Down", "--rpc", down, "--chain-id", "31337");

    ok(json);
    ok(status);
    assertThat(unreachable.exitCode()).isEqualTo(1);
    assertThat(unreachable.err()).contains("http://127.0.0.1:" + closed + "/rpc");
    assertThat(refused.exitCode()).isEqualTo(1);
    StringBuilder everything = new StringBuilder();
    for (CliRunner.Result r : new CliRunner.Result[] {json, text, status, unreachable, refused}) {
      everything.append(r.out()).append(r.err());
    }
    try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".log")).toList()) {
        everything.append(Files.readString(f));
      }
    }
    assertThat(everything.toString()).doesNotContain(secret).doesNotContain(key);
    assertThat(json.out()).contains("\"auth\":false");
  }
}
