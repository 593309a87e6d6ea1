package io.abacus.app.cli.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import io.abacus.app.pdf.PdfPreview;
import io.abacus.app.statements.StatementPdf;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.WithAnvil;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** The command-line contract of {@code statement create} and {@code statement verify}. */
@WithAnvil
class StatementCommandsTest {
  private static final String ME = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void createsASignedStatementThatVerifiesAndATamperedOneThatDoesNot(Anvil anvil, @TempDir Path dir)
      throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("data"), Map.of("ABACUS_VAULT_SCRYPT_N", "16384"));
    Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery\n");
    Path words =
        Files.writeString(
            dir.resolve("words"), "test test test test test test test test test test test junk\n");
    CliRunner.Result restored =
        cli.run(
            "wallet",
            "restore",
            "shop",
            "--mnemonic-file",
            words.toString(),
            "--password-file",
            pw.toString());
    assertThat(restored.exitCode()).as(restored.err()).isZero();
    String token =
        Contracts.deploy(
            anvil,
            anvil.account(1),
            Contracts.openZeppelin("ERC20PresetMinterPauser"),
            FunctionEncoder.encodeConstructor(
                List.of(new Utf8String("Test Dollar"), new Utf8String("TUSD"))));
    long from = anvil.blockNumber() + 1;
    send(anvil, anvil.account(3).address(), ME, "0x1bc16d674ec80000", null); // 2 ETH in
    send(anvil, anvil.account(1).address(), token, "0x0", mint(ME, "1000000000000000000000"));
    send(anvil, ME, anvil.account(5).address(), "0x6f05b59d3b20000", null); // 0.5 ETH out
    long to = anvil.blockNumber();
    Path out = dir.resolve("statement.json");

    CliRunner.Result created =
        cli.run(
            concat(
                node(anvil),
                "statement",
                "create",
                "--wallet",
                "shop",
                "--account",
                "0",
                "--password-file",
                pw.toString(),
                "--from-block",
                String.valueOf(from),
                "--to-block",
                String.valueOf(to),
                "--token",
                token,
                "--out",
                out.toString(),
                "--pdf",
                dir.resolve("statement.pdf").toString(),
                "--json"));
    assertThat(created.exitCode()).as(created.err()).isZero();
    JsonNode c = JSON.readTree(created.out());
    assertThat(c.get("file").asText()).isEqualTo(out.toString());
    assertThat(c.get("movements").asInt()).isEqualTo(3);
    assertThat(c.get("signers").get(0).asText()).isEqualTo(ME);
    byte[] pdf = Files.readAllBytes(dir.resolve("statement.pdf"));
    assertThat(PdfPreview.pages(pdf)).isGreaterThanOrEqualTo(3);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", ""))
          .contains(StatementPdf.sha256(Files.readAllBytes(out)));
    }

    CliRunner.Result ok =
        cli.run(concat(node(anvil), "statement", "verify", out.toString(), "--json"));
    assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
    JsonNode v = JSON.readTree(ok.out());
    assertThat(v.get("valid").asBoolean()).isTrue();
    assertThat(v.get("movements").asInt()).isEqualTo(3);
    assertThat(v.get("signers").get(0).asText()).isEqualTo(ME);
    assertThat(v.get("problems")).isEmpty();
    CliRunner.Result text = cli.run(concat(node(anvil), "statement", "verify", out.toString()));
    assertThat(text.out()).startsWith("valid: 3 movements, signed by " + ME);

    String json = Files.readString(out, StandardCharsets.UTF_8);
    Path edited =
        Files.writeString(dir.resolve("edited.json"), json.replace("\"0.5\"", "\"0.05\""));
    CliRunner.Result bad =
        cli.run(concat(node(anvil), "statement", "verify", edited.toString(), "--json"));
    assertThat(bad.exitCode()).isEqualTo(1);
    JsonNode b = JSON.readTree(bad.out());
    assertThat(b.get("valid").asBoolean()).isFalse();
    List<String> kinds = new ArrayList<>();
    b.get("problems").forEach(p -> kinds.add(p.get("kind").asText()));
    assertThat(kinds).contains("signature", "altered");

    String today = LocalDate.now(ZoneOffset.UTC).toString();
    Path daily = dir.resolve("daily.json");
    CliRunner.Result byDate =
        cli.run(
            concat(
                node(anvil),
                "statement",
                "create",
                "--wallet",
                "shop",
                "--account",
                ME,
                "--password-file",
                pw.toString(),
                "--from",
                today,
                "--to",
                today,
                "--out",
                daily.toString()));
    assertThat(byDate.exitCode()).as(byDate.err()).isZero();
    assertThat(cli.run(concat(node(anvil), "statement", "verify", daily.toString())).exitCode())
        .isZero();
  }

  @Test
  void anIndexThatHoldsThePeriodGivesTheSameStatementAndVerifiesIt(Anvil anvil, @TempDir Path dir)
      throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("data"), Map.of("ABACUS_VAULT_SCRYPT_N", "16384"));
    Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery\n");
    Path words =
        Files.writeString(
            dir.resolve("words"), "test test test test test test test test test test test junk\n");
    assertThat(
            cli.run(
                    "wallet",
                    "restore",
                    "shop",
                    "--mnemonic-file",
                    words.toString(),
                    "--password-file",
                    pw.toString())
                .exitCode())
        .isZero();
    long from = anvil.blockNumber() + 1;
    send(anvil, anvil.account(3).address(), ME, "0x1bc16d674ec80000", null);
    send(anvil, ME, anvil.account(5).address(), "0x6f05b59d3b20000", null);
    long to = anvil.blockNumber();
    Path db = dir.resolve("index.db");
    CliRunner.Result indexed =
        cli.run(
            "index",
            "--rpc",
            anvil.rpcUrl(),
            "--db",
            db.toString(),
            "--confirmations",
            "0",
            "--to",
            String.valueOf(to));
    assertThat(indexed.exitCode()).as(indexed.err()).isZero();
    Path byNode = dir.resolve("node.json");
    Path byIndex = dir.resolve("index.json");
    for (Path out : List.of(byNode, byIndex)) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "statement",
                  "create",
                  "--wallet",
                  "shop",
                  "--account",
                  "0",
                  "--password-file",
                  pw.toString(),
                  "--from-block",
                  String.valueOf(from),
                  "--to-block",
                  String.valueOf(to),
                  "--out",
                  out.toString()));
      if (out.equals(byIndex)) {
        args.addAll(List.of("--db", db.toString()));
      }
      CliRunner.Result r = cli.run(concat(node(anvil), args.toArray(String[]::new)));
      assertThat(r.exitCode()).as(r.err()).isZero();
    }
    assertThat(Files.readString(byIndex)).isEqualTo(Files.readString(byNode));
    CliRunner.Result ok =
        cli.run(
            concat(node(anvil), "statement", "verify", byNode.toString(), "--db", db.toString()));
    assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).startsWith("valid: 2 movements");

    send(anvil, ME, anvil.account(5).address(), "0x1", null);
    CliRunner.Result beyond =
        cli.run(
            concat(
                node(anvil),
                "statement",
                "create",
                "--wallet",
                "shop",
                "--account",
                "0",
                "--password-file",
                pw.toString(),
                "--from-block",
                String.valueOf(from),
                "--to-block",
                String.valueOf(anvil.blockNumber()),
                "--db",
                db.toString(),
                "--out",
                dir.resolve("beyond.json").toString()));
    assertThat(beyond.exitCode()).isNotZero();
    assertThat(beyond.err().strip().lines()).hasSize(1);
    assertThat(beyond.err()).contains("the index holds blocks 0.." + to + ", not the whole period");
  }

  @Test
  void usageErrorsExitWithTwo(Anvil anvil, @TempDir Path dir) throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("data"), Map.of());
    Path notAStatement = Files.writeString(dir.resolve("x.json"), "{\"hello\":1}");
    CliRunner.Result r =
        cli.run(concat(node(anvil), "statement", "verify", notAStatement.toString()));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("error: ").contains("not a statement file");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(
            cli.run(concat(node(anvil), "statement", "verify", dir.resolve("none.json").toString()))
                .exitCode())
        .isEqualTo(2);
    assertThat(cli.run("statement", "verify").exitCode()).isEqualTo(2);
    CliRunner.Result both =
        cli.run(
            concat(
                node(anvil),
                "statement",
                "create",
                "--wallet",
                "w",
                "--account",
                "0",
                "--from",
                "2026-01-01",
                "--to-block",
                "3",
                "--out",
                dir.resolve("o.json").toString()));
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--from and --to, or --from-block and --to-block");
  }

  private static String[] node(Anvil anvil) {
    return new String[] {"--rpc", anvil.rpcUrl(), "--chain-id", String.valueOf(anvil.chainId())};
  }

  /** The command words first, then the node options. */
  private static String[] concat(String[] nodeOptions, String... command) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(nodeOptions));
    return all.toArray(String[]::new);
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
