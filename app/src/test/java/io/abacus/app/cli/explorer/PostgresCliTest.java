package io.abacus.app.cli.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.EmbeddedPg;
import io.abacus.testkit.WithAnvil;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * {@code index}, {@code query} and {@code export} print and write the same with a PostgreSQL --db.
 */
@WithAnvil
class PostgresCliTest {
  static EmbeddedPg pg;
  static CliRunner cli;
  static Path dir;
  static String file;
  static String url;
  static String token;
  static Anvil node;

  @BeforeAll
  static void indexIntoBoth(Anvil anvil, @TempDir Path tmp) {
    node = anvil;
    dir = tmp;
    pg = EmbeddedPg.shared();
    cli = new CliRunner(tmp.resolve("data"));
    token =
        Contracts.deploy(
            anvil,
            anvil.account(0),
            Contracts.openZeppelin("ERC20PresetMinterPauser"),
            FunctionEncoder.encodeConstructor(
                List.of(new Utf8String("Dollar"), new Utf8String("USD"))));
    send(0, token, mint(1, BigInteger.valueOf(1_000_000)));
    for (int i = 0; i < 6; i++) {
      Map<String, Object> tx = new LinkedHashMap<>();
      tx.put("from", anvil.account(1).address());
      tx.put("to", anvil.account(2 + i % 3).address());
      tx.put("value", "0x" + Long.toHexString(1_000_000_000L + i));
      anvil.call("eth_sendTransaction", tx);
    }
    file = tmp.resolve("chain.db").toString();
    url = pg.create("chain");
    CliRunner.Result onFile =
        cli.run("index", "--rpc", anvil.rpcUrl(), "--db", file, "--batch-size", "3");
    CliRunner.Result onPg =
        cli.run("index", "--rpc", anvil.rpcUrl(), "--db", url, "--batch-size", "3");
    assertThat(onPg.exitCode()).as(onPg.err()).isZero();
    assertThat(onPg.out()).isEqualTo(onFile.out()).contains("indexed blocks 0..");
  }

  @AfterAll
  static void stop() {
    pg.close();
  }

  @Test
  void queriesPrintTheSameJson() {
    String a = node.account(1).address();
    List<List<String>> queries = new ArrayList<>();
    queries.add(List.of("query", "block", "2"));
    queries.add(List.of("query", "address", a, "--limit", "3"));
    queries.add(List.of("query", "summary", a));
    queries.add(List.of("query", "summary", token));
    queries.add(List.of("query", "search", "usd"));
    queries.add(List.of("query", "search", "3"));
    for (List<String> q : queries) {
      assertSameOutput(q);
    }
  }

  @Test
  void exportsWriteTheSameBytes() throws Exception {
    for (List<String> export :
        List.of(
            List.of("export", "address", node.account(1).address()),
            List.of("export", "token", token),
            List.of("export", "blocks"))) {
      Path fromFile = dir.resolve(export.get(1) + "-file.csv");
      Path fromPg = dir.resolve(export.get(1) + "-pg.csv");
      assertThat(run(export, "--db", file, "--csv", fromFile.toString()).exitCode()).isZero();
      assertThat(run(export, "--db", url, "--csv", fromPg.toString()).exitCode()).isZero();
      assertThat(Files.readAllBytes(fromPg)).isEqualTo(Files.readAllBytes(fromFile));
      assertThat(Files.readAllLines(fromPg)).hasSizeGreaterThan(1);
    }
  }

  @Test
  void migrateCopiesAFileIndexThatIndexingThenContinues() {
    String copy = pg.create("copy");
    CliRunner.Result r = cli.run("index", "migrate", "--from", file, "--db", copy);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("copied blocks 0..").contains(copy);
    assertThat(
            run(List.of("query", "summary", node.account(1).address()), "--db", copy, "--json")
                .out())
        .isEqualTo(
            run(List.of("query", "summary", node.account(1).address()), "--db", file, "--json")
                .out());
    CliRunner.Result resumed = cli.run("index", "--rpc", node.rpcUrl(), "--db", copy);
    assertThat(resumed.out()).startsWith("nothing to do: the index already ends at block ");
    assertOneLineError(
        cli.run("index", "migrate", "--from", file, "--db", copy), "already holds an index");
    CliRunner.Result noDb = cli.run("index", "--rpc", node.rpcUrl());
    assertThat(noDb.exitCode()).isEqualTo(io.abacus.app.cli.Cli.USAGE);
    assertThat(noDb.err()).contains("Missing required option: '--db=FILE|URL'");
  }

  @Test
  void connectionErrorsAreOneLineAndNeverShowThePassword() {
    CliRunner withPassword =
        new CliRunner(dir.resolve("data"), Map.of("PGPASSWORD", "sekrit-pw-42"));
    String unreachable = "postgresql://127.0.0.1:1/nothing?user=ana";
    CliRunner.Result r = withPassword.run("query", "block", "1", "--db", unreachable);
    assertOneLineError(r, unreachable);
    assertThat(r.err()).doesNotContain("sekrit");
    CliRunner.Result inUrl =
        cli.run("query", "block", "1", "--db", "postgresql://ana:hunter2@127.0.0.1/x");
    assertOneLineError(inUrl, "--db-password-file");
    assertThat(inUrl.err()).doesNotContain("hunter2");
  }

  private static void assertSameOutput(List<String> query) {
    CliRunner.Result onFile = run(query, "--db", file, "--json");
    CliRunner.Result onPg = run(query, "--db", url, "--json");
    assertThat(onFile.exitCode()).as(onFile.err()).isZero();
    assertThat(onPg.exitCode()).as(onPg.err()).isZero();
    assertThat(onPg.out()).as(String.join(" ", query)).isEqualTo(onFile.out()).startsWith("{");
  }

  private static CliRunner.Result run(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return cli.run(all.toArray(String[]::new));
  }

  private static void assertOneLineError(CliRunner.Result r, String text) {
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err().strip().lines())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("error: ")
        .contains(text);
  }

  private static String mint(int account, BigInteger amount) {
    return FunctionEncoder.encode(
        new Function(
            "mint",
            List.of(
                new org.web3j.abi.datatypes.Address(node.account(account).address()),
                new Uint256(amount)),
            List.of()));
  }

  private static void send(int from, String to, String data) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", node.account(from).address());
    tx.put("to", to);
    tx.put("data", data);
    node.call("eth_sendTransaction", tx);
  }
}
