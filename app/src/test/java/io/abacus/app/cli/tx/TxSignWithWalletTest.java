package io.abacus.app.cli.tx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tx sign --wallet NAME --account N --password-file P} signs with a vault key. */
class TxSignWithWalletTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TX =
      "{\"type\":2,\"chainId\":31337,\"nonce\":0,"
          + "\"to\":\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\",\"value\":\"1000\","
          + "\"gasLimit\":21000,\"maxFeePerGas\":\"2000000000\",\"maxPriorityFeePerGas\":\"1\"}";
  @TempDir Path dir;
  private CliRunner cli;
  private Path password;
  private Path tx;

  @BeforeEach
  void restoreTheTestWallet() throws Exception {
    cli = new CliRunner(dir.resolve("data"), Map.of("ABACUS_VAULT_SCRYPT_N", "16384"));
    password = Files.writeString(dir.resolve("pw"), "correct horse battery\n");
    Path words =
        Files.writeString(
            dir.resolve("words"), "test test test test test test test test test test test junk\n");
    CliRunner.Result r =
        cli.run(
            "wallet",
            "restore",
            "shop",
            "--mnemonic-file",
            words.toString(),
            "--password-file",
            password.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    tx = Files.writeString(dir.resolve("tx.json"), TX);
  }

  private CliRunner.Result signWith(String account, Path passwordFile, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "tx",
                "sign",
                "--tx",
                tx.toString(),
                "--wallet",
                "shop",
                "--account",
                account,
                "--password-file",
                passwordFile.toString()));
    args.addAll(java.util.List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  @Test
  void signsLikeTheSameKeyFromAFile() throws Exception {
    CliRunner.Result fromWallet = signWith("0", password, "--json");
    assertThat(fromWallet.exitCode()).as(fromWallet.err()).isZero();
    Path key =
        Files.writeString(
            dir.resolve("key"), "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    CliRunner.Result fromFile =
        cli.run(
            "tx", "sign", "--tx", tx.toString(), "--private-key-file", key.toString(), "--json");
    JsonNode a = JSON.readTree(fromWallet.out());
    JsonNode b = JSON.readTree(fromFile.out());
    assertThat(a.get("from").asText()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    assertThat(a).isEqualTo(b);

    CliRunner.Result byAddress =
        signWith("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", password, "--json");
    assertThat(JSON.readTree(byAddress.out())).isEqualTo(a);
  }

  @Test
  void wrongPasswordUnknownAccountAndBothKeySourcesAreOneLineErrors() throws Exception {
    Path wrong = Files.writeString(dir.resolve("wrong"), "nope");
    CliRunner.Result r = signWith("0", wrong);
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("wrong password");

    r = signWith("7", password);
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).startsWith("error: ").contains("not 7");

    r =
        cli.run(
            "tx",
            "sign",
            "--tx",
            tx.toString(),
            "--wallet",
            "shop",
            "--account",
            "0",
            "--private-key-file",
            wrong.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
  }
}
