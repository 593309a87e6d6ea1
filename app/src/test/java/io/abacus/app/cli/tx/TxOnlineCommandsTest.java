package io.abacus.app.cli.tx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.DevAccount;
import io.abacus.testkit.WithAnvil;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** The online commands end to end against anvil. */
@WithAnvil
class TxOnlineCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  CliRunner cli() {
    return new CliRunner(dir.resolve("data"));
  }

  Path key(DevAccount a) throws IOException {
    return Files.writeString(dir.resolve("key-" + a.index()), a.privateKeyHex());
  }

  @Test
  void airGappedBuildSignBroadcast(Anvil anvil) throws Exception {
    DevAccount payer = anvil.account(1);
    String to = anvil.account(2).address();
    Path unsigned = dir.resolve("unsigned.json");
    CliRunner.Result build =
        cli()
            .run(
                "tx",
                "build",
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                "31337",
                "--from",
                payer.address(),
                "--to",
                to,
                "--amount",
                "0.25",
                "--out",
                unsigned.toString(),
                "--json");
    assertThat(build.exitCode()).as(build.err()).isZero();
    JsonNode file = JSON.readTree(unsigned.toFile());
    assertThat(file.get("format").asText()).isEqualTo("abacus-unsigned-tx");
    assertThat(file.get("chainId").asText()).isEqualTo("31337");
    assertThat(file.get("type").asInt()).isEqualTo(2);
    assertThat(file.get("summary").get("amount").asText()).isEqualTo("0.25");
    assertThat(file.get("summary").get("asset").asText()).isEqualTo("ETH");

    Path signed = dir.resolve("signed.json");
    CliRunner.Result sign =
        cli()
            .run(
                "tx",
                "sign",
                "--tx",
                unsigned.toString(),
                "--private-key-file",
                key(payer).toString(),
                "--out",
                signed.toString(),
                "--json");
    assertThat(sign.exitCode()).as(sign.err()).isZero();
    String hash = JSON.readTree(sign.out()).get("hash").asText();

    CliRunner.Result sent =
        cli()
            .run(
                "tx",
                "broadcast",
                "--rpc",
                anvil.rpcUrl(),
                "--signed",
                signed.toString(),
                "--wait",
                "--json");
    assertThat(sent.exitCode()).as(sent.err()).isZero();
    JsonNode result = JSON.readTree(sent.out());
    assertThat(result.get("hash").asText()).isEqualTo(hash);
    assertThat(result.get("status").asText()).isEqualTo("mined");

    CliRunner.Result status = cli().run("tx", "status", "--rpc", anvil.rpcUrl(), hash, "--json");
    assertThat(JSON.readTree(status.out()).get("status").asText()).isEqualTo("mined");

    CliRunner.Result again =
        cli()
            .run(
                "tx",
                "broadcast",
                "--rpc",
                anvil.rpcUrl(),
                "--signed",
                signed.toString(),
                "--json");
    assertThat(again.exitCode()).as("the same signed bytes again are idempotent").isZero();
    assertThat(JSON.readTree(again.out()).get("status").asText()).isEqualTo("mined");

    Path garbage = Files.writeString(dir.resolve("garbage.json"), "{\"raw\":\"0x02c0\"}");
    CliRunner.Result bad =
        cli().run("tx", "broadcast", "--rpc", anvil.rpcUrl(), "--signed", garbage.toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).startsWith("error: ").contains("has 0 fields, expected 12");
  }

  @Test
  void customFeesAndGasLimitGoIntoTheUnsignedFile(Anvil anvil) throws Exception {
    Path out = dir.resolve("custom.json");
    CliRunner.Result r =
        cli()
            .run(
                "tx",
                "build",
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                "31337",
                "--network-name",
                "Dev",
                "--from",
                anvil.account(6).address(),
                "--to",
                anvil.account(7).address(),
                "--value-wei",
                "5",
                "--max-fee-gwei",
                "50",
                "--priority-fee-gwei",
                "1.5",
                "--gas-limit",
                "30000",
                "--out",
                out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Fee:     ")
        .contains("to 0.0015 ETH")
        .contains("Network: Dev (chain id 31337)");
    JsonNode file = JSON.readTree(out.toFile());
    assertThat(file.get("maxFeePerGas").asText()).isEqualTo("50000000000");
    assertThat(file.get("maxPriorityFeePerGas").asText()).isEqualTo("1500000000");
    assertThat(file.get("gasLimit").asText()).isEqualTo("30000");

    CliRunner.Result legacy =
        cli()
            .run(
                "tx",
                "build",
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                "31337",
                "--from",
                anvil.account(6).address(),
                "--to",
                anvil.account(7).address(),
                "--amount",
                "1",
                "--gas-price-gwei",
                "3",
                "--out",
                out.toString(),
                "--json");
    JsonNode legacyFile = JSON.readTree(legacy.out());
    assertThat(legacyFile.get("type").asInt()).isZero();
    assertThat(legacyFile.get("gasPrice").asText()).isEqualTo("3000000000");
    assertThat(legacyFile.get("gasLimit").asText()).isEqualTo("21000");

    CliRunner.Result both =
        cli()
            .run(
                "tx",
                "build",
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                "31337",
                "--from",
                anvil.account(6).address(),
                "--to",
                anvil.account(7).address(),
                "--amount",
                "1",
                "--max-fee-gwei",
                "3",
                "--out",
                out.toString());
    assertThat(both.exitCode()).isEqualTo(1);
    assertThat(both.err()).isEqualTo("error: give both --max-fee-gwei and --priority-fee-gwei\n");
  }

  @Test
  void sendEtherAndTokenWithConfirmation(Anvil anvil) throws Exception {
    DevAccount payer = anvil.account(3);
    String to = anvil.account(4).address();
    CliRunner.Result declined =
        cli()
            .stdin("n\n")
            .run(
                "tx",
                "send",
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                "31337",
                "--private-key-file",
                key(payer).toString(),
                "--to",
                to,
                "--amount",
                "1");
    assertThat(declined.exitCode()).isEqualTo(1);
    assertThat(declined.err()).contains("Amount:  1 ETH").contains("error: not sent: declined");

    CliRunner.Result eth =
        cli()
            .stdin("y\n")
            .run(
                "tx",
                "send",
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                "31337",
                "--private-key-file",
                key(payer).toString(),
                "--to",
                to,
                "--amount",
                "1",
                "--speed",
                "fast",
                "--wait",
                "--json");
    assertThat(eth.exitCode()).as(eth.err()).isZero();
    assertThat(JSON.readTree(eth.out()).get("status").asText()).isEqualTo("mined");

    String ctor =
        FunctionEncoder.encodeConstructor(List.of(new Utf8String("Euro"), new Utf8String("EURX")));
    String token =
        Contracts.deploy(
            anvil, anvil.account(0), Contracts.openZeppelin("ERC20PresetMinterPauser"), ctor);
    String mint =
        FunctionEncoder.encode(
            new Function(
                "mint",
                List.of(
                    new org.web3j.abi.datatypes.Address(payer.address()),
                    new Uint256(new BigInteger("5000000000000000000"))),
                List.of()));
    anvil.call(
        "eth_sendTransaction",
        Map.of("from", anvil.account(0).address(), "to", token, "data", mint));
    CliRunner.Result tok =
        cli()
            .run(
                "tx",
                "send",
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                "31337",
                "--private-key-file",
                key(payer).toString(),
                "--token",
                token,
                "--to",
                to,
                "--amount",
                "2.5",
                "--yes",
                "--wait",
                "--json");
    assertThat(tok.exitCode()).as(tok.err()).isZero();
    assertThat(tok.err()).contains("Amount:  2.5 EURX").contains("To:      " + to);
    assertThat(JSON.readTree(tok.out()).get("status").asText()).isEqualTo("mined");
  }

  @Test
  void wrongChainAndInsufficientFundsAreRefused(Anvil anvil) throws Exception {
    DevAccount payer = anvil.account(5);
    CliRunner.Result wrong =
        cli()
            .run(
                "tx",
                "send",
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                "1",
                "--private-key-file",
                key(payer).toString(),
                "--to",
                payer.address(),
                "--amount",
                "1",
                "--yes");
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err())
        .isEqualTo(
            "error: the node at "
                + anvil.rpcUrl().replaceAll("/$", "")
                + " serves chain id 31337, not chain id 1\n");
    CliRunner.Result poor =
        cli()
            .run(
                "tx",
                "send",
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                "31337",
                "--private-key-file",
                key(payer).toString(),
                "--to",
                payer.address(),
                "--amount",
                "1000000",
                "--yes");
    assertThat(poor.exitCode()).isEqualTo(1);
    assertThat(poor.err())
        .startsWith("error: insufficient funds: " + payer.address() + " has 10000 ETH");
    CliRunner.Result down =
        cli().run("tx", "status", "--rpc", "http://127.0.0.1:9", "0x" + "ab".repeat(32));
    assertThat(down.exitCode()).isEqualTo(1);
    assertThat(down.err()).startsWith("error: cannot connect to the node at http://127.0.0.1:9");
  }
}
