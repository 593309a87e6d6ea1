package io.abacus.app.cli.tx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.DevAccount;
import io.abacus.testkit.WithAnvil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** speed-up and cancel from the command line, with blocks mined only on request. */
@WithAnvil(automine = false)
class TxReplaceCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  CliRunner cli() {
    return new CliRunner(dir.resolve("data"));
  }

  String send(Anvil anvil, DevAccount payer, Path key) throws IOException {
    CliRunner.Result r =
        cli()
            .run(
                "tx",
                "send",
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                "31337",
                "--private-key-file",
                key.toString(),
                "--to",
                anvil.account(9).address(),
                "--amount",
                "0.1",
                "--speed",
                "slow",
                "--yes",
                "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.get("status").asText()).isEqualTo("pending");
    return out.get("hash").asText();
  }

  @Test
  void speedUpThenStatusShowsReplaced(Anvil anvil) throws Exception {
    DevAccount payer = anvil.account(1);
    Path key = Files.writeString(dir.resolve("k1"), payer.privateKeyHex());
    String slow = send(anvil, payer, key);
    CliRunner.Result up =
        cli()
            .run(
                "tx",
                "speed-up",
                "--rpc",
                anvil.rpcUrl(),
                slow,
                "--private-key-file",
                key.toString(),
                "--json");
    assertThat(up.exitCode()).as(up.err()).isZero();
    String fast = JSON.readTree(up.out()).get("hash").asText();
    assertThat(fast).isNotEqualTo(slow);
    anvil.mine(1);
    assertThat(status(anvil, fast)).isEqualTo("mined");
    assertThat(status(anvil, slow)).isEqualTo("replaced");
  }

  @Test
  void cancelAndThenNothingLeftToReplace(Anvil anvil) throws Exception {
    DevAccount payer = anvil.account(2);
    Path key = Files.writeString(dir.resolve("k2"), payer.privateKeyHex());
    String hash = send(anvil, payer, key);
    CliRunner.Result cancel =
        cli()
            .run(
                "tx",
                "cancel",
                "--rpc",
                anvil.rpcUrl(),
                hash,
                "--private-key-file",
                key.toString(),
                "--json",
                "--wait",
                "--wait-timeout",
                "2");
    assertThat(cancel.exitCode()).as(cancel.err()).isZero();
    JsonNode waited = JSON.readTree(cancel.out());
    assertThat(waited.get("status").asText())
        .as("no block mined while waiting")
        .isEqualTo("pending");
    String cancelHash = waited.get("hash").asText();
    anvil.mine(1);
    assertThat(status(anvil, hash)).isEqualTo("replaced");
    assertThat(status(anvil, cancelHash)).isEqualTo("mined");
    CliRunner.Result again =
        cli()
            .run(
                "tx",
                "cancel",
                "--rpc",
                anvil.rpcUrl(),
                hash,
                "--private-key-file",
                key.toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err())
        .startsWith(
            "error: transaction " + hash + " is not one of this wallet's pending transactions");
  }

  String status(Anvil anvil, String hash) throws IOException {
    CliRunner.Result r = cli().run("tx", "status", "--rpc", anvil.rpcUrl(), hash, "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return JSON.readTree(r.out()).get("status").asText();
  }

  @Test
  void sendAndCancelWithAVaultAccountOnASavedNetwork(Anvil anvil) throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("data"), Map.of("ABACUS_VAULT_SCRYPT_N", "16384"));
    Path password = Files.writeString(dir.resolve("pw"), "correct horse battery\n");
    Path words =
        Files.writeString(
            dir.resolve("words"), "test test test test test test test test test test test junk\n");
    String[] signer = {
      "--wallet", "shop", "--account", "0", "--password-file", password.toString()
    };
    assertThat(
            cli.run(
                    "wallet",
                    "restore",
                    "shop",
                    "--mnemonic-file",
                    words.toString(),
                    "--password-file",
                    password.toString())
                .exitCode())
        .isZero();
    assertThat(
            cli.run("network", "add", "Dev", "--rpc", anvil.rpcUrl(), "--chain-id", "31337")
                .exitCode())
        .isZero();
    CliRunner.Result sent =
        cli.run(
            concat(
                new String[] {"tx", "send", "--network", "Dev", "--to", anvil.account(9).address()},
                signer,
                new String[] {"--amount", "0.1", "--speed", "slow", "--yes", "--json"}));
    assertThat(sent.exitCode()).as(sent.err()).isZero();
    String slow = JSON.readTree(sent.out()).get("hash").asText();

    CliRunner.Result cancel =
        cli.run(
            concat(
                new String[] {"tx", "cancel", "--network", "Dev", slow},
                signer,
                new String[] {"--json"}));
    assertThat(cancel.exitCode()).as(cancel.err()).isZero();
    String cancelled = JSON.readTree(cancel.out()).get("hash").asText();
    anvil.mine(1);
    assertThat(status(anvil, cancelled)).isEqualTo("mined");
    assertThat(status(anvil, slow)).isEqualTo("replaced");
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }
}
