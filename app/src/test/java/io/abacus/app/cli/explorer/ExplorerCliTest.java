package io.abacus.app.cli.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.SpreadsheetSafe;
import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

@WithAnvil
class ExplorerCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static Path dir;
  static Path db;
  static CliRunner cli;
  static String token;
  static String transferTx;
  static Anvil node;

  @BeforeAll
  static void indexAChain(Anvil anvil, @TempDir Path tmp) {
    node = anvil;
    dir = tmp;
    db = tmp.resolve("chain.db");
    cli = new CliRunner(tmp.resolve("data"));
    token =
        Contracts.deploy(
            anvil,
            anvil.account(0),
            Contracts.openZeppelin("ERC20PresetMinterPauser"),
            FunctionEncoder.encodeConstructor(
                List.of(new Utf8String("Dollar"), new Utf8String("USD"))));
    send(0, token, call("mint", 1, BigInteger.valueOf(1_000_000)));
    transferTx = send(1, token, call("transfer", 2, BigInteger.valueOf(250_000)));
    for (int i = 0; i < 12; i++) {
      Map<String, Object> tx = new LinkedHashMap<>();
      tx.put("from", anvil.account(1).address());
      tx.put("to", anvil.account(3 + i % 5).address());
      tx.put("value", "0x" + Long.toHexString(1_000_000_000L + i));
      anvil.call("eth_sendTransaction", tx);
    }
    CliRunner.Result r =
        cli.run("index", "--rpc", anvil.rpcUrl(), "--db", db.toString(), "--batch-size", "3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("indexed blocks 0.." + anvil.blockNumber());
  }

  private static String call(String name, int account, BigInteger amount) {
    return FunctionEncoder.encode(
        new Function(
            name,
            List.of(
                new org.web3j.abi.datatypes.Address(node.account(account).address()),
                new Uint256(amount)),
            List.of()));
  }

  private static String send(int from, String to, String data) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", node.account(from).address());
    tx.put("to", to);
    tx.put("data", data);
    String hash = node.call("eth_sendTransaction", tx).asText();
    for (int i = 0; i < 200; i++) {
      JsonNode receipt = node.call("eth_getTransactionReceipt", hash);
      if (receipt != null && !receipt.isNull()) {
        return hash;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("not mined");
  }

  private static JsonNode json(String... args) throws Exception {
    CliRunner.Result r = cli.run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().strip().lines()).hasSize(1);
    return JSON.readTree(r.out());
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void queryBlockPrintsTheContractShape() throws Exception {
    JsonNode nodeBlock = node.call("eth_getBlockByNumber", "0x2", false);
    JsonNode byNumber = json("query", "block", "2", "--db", db.toString(), "--json");
    assertThat(keys(byNumber))
        .containsExactly("number", "hash", "parentHash", "timestamp", "txCount");
    assertThat(byNumber.get("number").asLong()).isEqualTo(2);
    assertThat(byNumber.get("hash").asText()).isEqualTo(nodeBlock.get("hash").asText());
    assertThat(byNumber.get("timestamp").asLong())
        .isEqualTo(Long.decode(nodeBlock.get("timestamp").asText()));
    assertThat(
            json("query", "block", nodeBlock.get("hash").asText(), "--db", db.toString(), "--json"))
        .isEqualTo(byNumber);
  }

  @Test
  void queryTxPrintsTokenTransfersWithEip55Addresses() throws Exception {
    JsonNode tx = json("query", "tx", transferTx, "--db", db.toString(), "--json");
    assertThat(keys(tx))
        .containsExactly(
            "hash", "blockNumber", "from", "to", "value", "status", "gasUsed", "tokenTransfers");
    String from = Address.parse(node.account(1).address()).toString();
    assertThat(tx.get("hash").asText()).isEqualTo(transferTx.toLowerCase());
    assertThat(tx.get("from").asText()).isEqualTo(from);
    assertThat(tx.get("to").asText()).isEqualTo(Address.parse(token).toString());
    assertThat(tx.get("value").asText()).isEqualTo("0");
    assertThat(tx.get("status").asInt()).isEqualTo(1);
    JsonNode transfer = tx.get("tokenTransfers").get(0);
    assertThat(transfer.get("token").asText()).isEqualTo(Address.parse(token).toString());
    assertThat(transfer.get("from").asText()).isEqualTo(from);
    assertThat(transfer.get("to").asText())
        .isEqualTo(Address.parse(node.account(2).address()).toString());
    assertThat(transfer.get("value").asText()).isEqualTo("250000");
    // Read from the contract while indexing: 18 decimals, symbol USD.
    assertThat(transfer.get("symbol").asText()).isEqualTo("USD");
    assertThat(transfer.get("decimals").asInt()).isEqualTo(18);
    assertThat(transfer.get("amount").asText()).isEqualTo("0.00000000000025");
    assertThat(transfer.get("rawAmount").asText()).isEqualTo("250000");
  }

  @Test
  void queryTxInTextDecodesTheCallAndItsEvents() {
    CliRunner.Result r = cli.run("query", "tx", transferTx, "--db", db.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String to = Address.parse(node.account(2).address()).toString();
    assertThat(r.out())
        .contains("call transfer(to=" + to + ", amount=250000)")
        .contains("event Transfer(from=")
        .contains("value=250000)");
  }

  @Test
  void queryAddressPagesWithTheCursor() throws Exception {
    String a = node.account(1).address();
    List<String> hashes = new ArrayList<>();
    List<String> methods = new ArrayList<>();
    JsonNode page = json("query", "address", a, "--db", db.toString(), "--limit", "5", "--json");
    assertThat(keys(page)).containsExactly("address", "txCount", "items", "next");
    assertThat(page.get("address").asText()).isEqualTo(Address.parse(a).toString());
    assertThat(page.get("txCount").asLong()).isEqualTo(14);
    while (true) {
      page.get("items").forEach(i -> hashes.add(i.get("hash").asText()));
      assertThat(keys(page.get("items").get(0))).containsExactly("hash", "blockNumber", "method");
      page.get("items").forEach(i -> methods.add(i.get("method").asText()));
      if (page.get("next").isNull()) {
        break;
      }
      page =
          json(
              "query",
              "address",
              a,
              "--db",
              db.toString(),
              "--limit",
              "5",
              "--before",
              page.get("next").asText(),
              "--json");
    }
    assertThat(hashes).hasSize(14).doesNotHaveDuplicates().contains(transferTx);
    // Newest first: twelve plain payments, the token transfer, the mint it received.
    assertThat(methods).hasSize(14).endsWith("transfer", "mint").startsWith("Transfer");
    assertThat(methods.subList(0, 12)).containsOnly("Transfer");
  }

  @Test
  void filtersAndSummary() throws Exception {
    String a = node.account(1).address();
    JsonNode out =
        json(
            "query",
            "address",
            a,
            "--db",
            db.toString(),
            "--direction",
            "out",
            "--token",
            token,
            "--json");
    assertThat(out.get("items")).hasSize(1);
    assertThat(out.get("items").get(0).get("hash").asText()).isEqualTo(transferTx);
    JsonNode big =
        json("query", "address", a, "--db", db.toString(), "--min-value", "1000000005", "--json");
    assertThat(big.get("items")).hasSize(7);
    JsonNode summary = json("query", "summary", a, "--db", db.toString(), "--json");
    assertThat(summary.get("txCount").asLong()).isEqualTo(14);
    assertThat(summary.get("totals").get(1).get("asset").asText())
        .isEqualTo(Address.parse(token).toString());
    assertThat(summary.get("totals").get(1).get("in").asText()).isEqualTo("1000000");
    assertThat(summary.get("totals").get(1).get("out").asText()).isEqualTo("250000");
    assertError(
        cli.run("query", "address", a, "--db", db.toString(), "--direction", "sideways"),
        "--direction");
    assertError(
        cli.run("query", "address", a, "--db", db.toString(), "--since", "yesterday"),
        "is not a date");
  }

  @Test
  void exportsCsv() throws Exception {
    Path out = dir.resolve("address.csv");
    CliRunner.Result r =
        cli.run(
            "export",
            "address",
            node.account(1).address(),
            "--db",
            db.toString(),
            "--csv",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0))
        .isEqualTo(
            "block_number,tx_index,timestamp_utc,hash,direction,method,from,from_label,to,to_label,"
                + "value_wei,status,internal_in_wei,internal_out_wei");
    assertThat(lines).hasSize(15);
    assertThat(Files.readString(out))
        .contains("\r\n")
        .containsPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

    Path tokens = dir.resolve("token.csv");
    assertThat(
            cli.run("export", "token", token, "--db", db.toString(), "--csv", tokens.toString())
                .exitCode())
        .isZero();
    assertThat(Files.readAllLines(tokens)).hasSize(3).anyMatch(l -> l.endsWith(",250000"));
    Path blocks = dir.resolve("blocks.csv");
    assertThat(
            cli.run("export", "blocks", "--db", db.toString(), "--csv", blocks.toString())
                .exitCode())
        .isZero();
    assertThat(Files.readAllLines(blocks)).hasSize((int) node.blockNumber() + 2);
    for (Path export : List.of(out, tokens, blocks)) {
      SpreadsheetSafe.assertSafe(export);
    }
  }

  @Test
  void userErrorsAreOneLine() {
    assertError(
        cli.run("query", "block", "1", "--db", dir.resolve("missing.db").toString()),
        "no index at");
    assertError(
        cli.run("query", "tx", "0x" + "00".repeat(32), "--db", db.toString()),
        "is not in the index");
    assertError(cli.run("query", "tx", "0x1234", "--db", db.toString()), "is not a hash");
    String bad = Address.parse(node.account(1).address()).toString();
    int letter = 2;
    while (!Character.isLetter(bad.charAt(letter))) {
      letter++;
    }
    bad = bad.substring(0, letter) + swapCase(bad.charAt(letter)) + bad.substring(letter + 1);
    assertError(cli.run("query", "address", bad, "--db", db.toString()), "checksum");
    assertError(
        cli.run(
            "query",
            "address",
            node.account(1).address(),
            "--before",
            "oops",
            "--db",
            db.toString()),
        "not a cursor");
    assertError(
        cli.run(
            "index",
            "--rpc",
            "http://127.0.0.1:1",
            "--db",
            dir.resolve("x.db").toString(),
            "--timeout",
            "2"),
        "127.0.0.1:1");
  }

  @Test
  void anEmptyBlockRangeIsAUsageError() {
    CliRunner.Result r =
        cli.run(
            "export",
            "blocks",
            "--from",
            "10",
            "--to",
            "5",
            "--db",
            db.toString(),
            "--csv",
            dir.resolve("never.csv").toString());
    assertThat(r.exitCode()).isEqualTo(io.abacus.app.cli.Cli.USAGE);
    assertThat(r.err().strip().lines())
        .singleElement()
        .asString()
        .isEqualTo("error: --from 10 is after --to 5 (an empty range)");
    assertThat(dir.resolve("never.csv")).doesNotExist();
  }

  private static char swapCase(char c) {
    return Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
  }

  private static void assertError(CliRunner.Result r, String text) {
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip().lines())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("error: ")
        .contains(text);
  }

  @Test
  void querySearchFindsATokenBySymbolInTheContractShape() throws Exception {
    JsonNode found = json("query", "search", "usd", "--db", db.toString(), "--json");
    assertThat(keys(found)).containsExactly("results");
    JsonNode hit = found.get("results").get(0);
    assertThat(keys(hit)).containsExactly("kind", "value", "label");
    assertThat(hit.get("kind").asText()).isEqualTo("token");
    assertThat(hit.get("value").asText()).isEqualTo(Address.parse(token).toString());
    assertThat(hit.get("label").asText()).isEqualTo("USD · Dollar");
    JsonNode tx = json("query", "search", transferTx, "--db", db.toString(), "--json");
    assertThat(tx.get("results").get(0).get("kind").asText()).isEqualTo("tx");
  }
}
