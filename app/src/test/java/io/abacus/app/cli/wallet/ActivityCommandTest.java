package io.abacus.app.cli.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** {@code wallet activity} lists incoming ETH and tokens from the node, without an index. */
@WithAnvil
class ActivityCommandTest {
  private static final String ME = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

  @Test
  void listsIncomingEthTokensAndSelfTransfersAndResumes(Anvil anvil, @TempDir Path dir)
      throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("data"), Map.of("ABACUS_VAULT_SCRYPT_N", "16384"));
    Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery\n");
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
            pw.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String token =
        Contracts.deploy(
            anvil,
            anvil.account(1),
            Contracts.openZeppelin("ERC20PresetMinterPauser"),
            FunctionEncoder.encodeConstructor(
                List.of(new Utf8String("Test Dollar"), new Utf8String("TUSD"))));
    assertThat(activity(cli, anvil, pw)).isEmpty();

    send(anvil, anvil.account(3).address(), ME, "0x1bc16d674ec80000", null); // 2 ETH
    send(anvil, anvil.account(1).address(), token, "0x0", mint(ME, "1000000000000000000000"));
    send(anvil, ME, ME, "0x16345785d8a0000", null); // 0.1 ETH to itself
    List<JsonNode> items = activity(cli, anvil, pw);

    assertThat(items)
        .extracting(
            i ->
                i.get("direction").asText()
                    + " "
                    + i.get("amount").asText()
                    + " "
                    + i.get("symbol").asText())
        .containsExactly("self 0.1 ETH", "in 1000 TUSD", "in 2 ETH");
    assertThat(items.get(0).get("fee").asText()).isNotBlank();
    assertThat(items.get(1).get("asset").asText()).isEqualTo(token.toLowerCase());
    assertThat(items.get(2).get("counterparty").asText())
        .isEqualToIgnoringCase(anvil.account(3).address());
    assertThat(items.get(2).get("time").asText()).endsWith("Z");

    send(anvil, anvil.account(4).address(), ME, "0x5", null);
    List<JsonNode> again = activity(cli, anvil, pw);
    assertThat(again).hasSize(4);
    assertThat(again.get(0).get("amount").asText()).isEqualTo("0.000000000000000005");
    assertThat(again.subList(1, 4)).isEqualTo(items);

    AddressBook.open(dir.resolve("data").resolve("address-book.json"))
        .put(new Contact(Address.parse(anvil.account(3).address()), "Alice", ""));
    CliRunner.Result text =
        cli.run(
            "wallet",
            "activity",
            "--wallet",
            "shop",
            "--account",
            ME,
            "--password-file",
            pw.toString(),
            "--rpc",
            anvil.rpcUrl(),
            "--chain-id",
            String.valueOf(anvil.chainId()));
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out().lines().toList())
        .hasSize(4)
        .last()
        .asString()
        .contains(" in ", "2 ETH", "from " + Address.parse(anvil.account(3).address()), "(Alice)");
    assertThat(activity(cli, anvil, pw).get(3).get("label").asText()).isEqualTo("Alice");
  }

  @Test
  void anUnreachableNodeIsAOneLineError(@TempDir Path dir) throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("data"), Map.of("ABACUS_VAULT_SCRYPT_N", "16384"));
    Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery\n");
    assertThat(cli.run("wallet", "create", "shop", "--password-file", pw.toString()).exitCode())
        .isZero();
    CliRunner.Result r =
        cli.run(
            "wallet",
            "activity",
            "--wallet",
            "shop",
            "--account",
            "0",
            "--password-file",
            pw.toString(),
            "--rpc",
            "http://127.0.0.1:1",
            "--chain-id",
            "1",
            "--timeout",
            "2");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  private static List<JsonNode> activity(CliRunner cli, Anvil anvil, Path pw) throws Exception {
    CliRunner.Result r =
        cli.run(
            "wallet",
            "activity",
            "--wallet",
            "shop",
            "--account",
            "0",
            "--password-file",
            pw.toString(),
            "--rpc",
            anvil.rpcUrl(),
            "--chain-id",
            String.valueOf(anvil.chainId()),
            "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> items = new ArrayList<>();
    new ObjectMapper().readTree(r.out()).get("items").forEach(items::add);
    return items;
  }

  private static String mint(String to, String amount) {
    return FunctionEncoder.encode(
        new Function(
            "mint",
            List.of(new org.web3j.abi.datatypes.Address(to), new Uint256(new BigInteger(amount))),
            List.of()));
  }

  private static void send(Anvil anvil, String from, String to, String value, String data)
      throws InterruptedException {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", from);
    tx.put("to", to);
    tx.put("value", value);
    if (data != null) {
      tx.put("data", data);
    }
    String hash = anvil.call("eth_sendTransaction", tx).asText();
    for (int i = 0; i < 100; i++) {
      JsonNode receipt = anvil.call("eth_getTransactionReceipt", hash);
      if (receipt != null && !receipt.isNull()) {
        assertThat(receipt.get("status").asText()).isEqualTo("0x1");
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("not mined: " + hash);
  }
}
