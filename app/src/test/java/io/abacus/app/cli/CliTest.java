package io.abacus.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path data;

  @Test
  void anOversizedChainIdIsOneLineInTheUsersTerms() {
    for (String[] args :
        new String[][] {
          {
            "tx",
            "status",
            "0x" + "ab".repeat(32),
            "--rpc",
            "http://127.0.0.1:1",
            "--chain-id",
            "99999999999999999999999"
          },
          {"network", "add", "x", "--rpc", "http://127.0.0.1:1", "--chain-id", "-5"}
        }) {
      CliRunner.Result r = new CliRunner(data).run(args);
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err().strip())
          .startsWith("error: ")
          .contains("a chain id is a positive whole number of at most 18 digits")
          .doesNotContain("not a long")
          .doesNotContain("\n");
    }
  }

  @Test
  void versionPrintsTheBuildVersion() {
    CliRunner.Result r = new CliRunner(data).run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Abacus " + VersionProvider.version());
    assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void subcommandVersionPrintsTheBuildVersion() {
    CliRunner.Result r = new CliRunner(data).run("wallet", "derive", "-V");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Abacus " + VersionProvider.version());
  }

  @Test
  void helpListsTheKeyCommands() {
    CliRunner.Result r = new CliRunner(data).run("--help");
    assertThat(r.out()).contains("wallet", "keystore", "address");
  }

  @Test
  void helpListsUsage() {
    CliRunner.Result r = new CliRunner(data).run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: abacus").contains("--data-dir");
  }

  @Test
  void unknownCommandIsOneLineErrorAndNonZero() {
    CliRunner.Result r = new CliRunner(data).run("nosuchcommand");
    assertThat(r.exitCode()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).startsWith("error: ").contains("nosuchcommand");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownOptionIsOneLineError() {
    CliRunner.Result r = new CliRunner(data).run("--frobnicate");
    assertThat(r.exitCode()).isEqualTo(Cli.USAGE);
    assertThat(r.err().strip().lines()).hasSize(1).first().asString().startsWith("error: ");
  }

  @Test
  void noArgumentsOpensTheDesktopWithTheDataFolder() {
    CliRunner runner = new CliRunner(data);
    assertThat(runner.run().exitCode()).isZero();
    assertThat(runner.desktopStarts()).containsExactly(data.toAbsolutePath().normalize());

    Path other = data.resolve("other");
    assertThat(runner.run("--data-dir", other.toString()).exitCode()).isZero();
    assertThat(runner.desktopStarts()).last().isEqualTo(other.toAbsolutePath().normalize());
  }

  @Test
  void aWindowThatCannotOpenIsAOneLineError() {
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            new ByteArrayInputStream(new byte[0]),
            Map.of("ABACUS_DATA_DIR", data.toString()),
            dir -> {
              throw new IllegalStateException("no display\nat all");
            });
    assertThat(Cli.run(new String[0], context)).isEqualTo(Cli.FAILURE);
    assertThat(err.toString()).isEqualTo("error: no display; at all" + System.lineSeparator());
  }
}
