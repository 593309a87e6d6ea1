package io.abacus.app.cli.uri;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UriCommandTest {
  static final String TO = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
  static final String TOKEN = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
  @TempDir Path dir;

  @Test
  void buildsAndParsesEtherAndTokenRequests() throws IOException {
    CliRunner cli = new CliRunner(dir);
    CliRunner.Result eth =
        cli.run("uri", "build", "--to", TO, "--amount", "1.5", "--chain-id", "1");
    assertThat(eth.out().strip()).isEqualTo("ethereum:" + TO + "@1?value=1.5e18");
    JsonNode parsed =
        new ObjectMapper().readTree(cli.run("uri", "parse", eth.out().strip(), "--json").out());
    assertThat(parsed.get("valueEth").asText()).isEqualTo("1.5");
    assertThat(parsed.get("chainId").asLong()).isEqualTo(1);

    CliRunner.Result token =
        cli.run(
            "uri", "build", "--to", TO, "--token", TOKEN, "--amount", "12.5", "--decimals", "6");
    assertThat(token.out().strip())
        .isEqualTo("ethereum:" + TOKEN + "/transfer?address=" + TO + "&uint256=1.25e7");
    JsonNode t =
        new ObjectMapper().readTree(cli.run("uri", "parse", token.out().strip(), "--json").out());
    assertThat(t.get("amountUnits").asText()).isEqualTo("12500000");
    assertThat(t.get("token").asText()).isEqualTo(TOKEN);
  }

  @Test
  void malformedUriIsAOneLineError() {
    CliRunner.Result r = new CliRunner(dir).run("uri", "parse", "ethereum:" + TO + "?value=0.5");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").contains("not a whole number of base units");
  }

  @Test
  void reviewFindingsAreOneLineErrors() {
    CliRunner cli = new CliRunner(dir);
    CliRunner.Result negative = cli.run("uri", "parse", "ethereum:" + TO + "?value=-1");
    assertOneLine(negative, "error: parameter 'value' must not be negative");
    CliRunner.Result decimals =
        cli.run("uri", "build", "--to", TO, "--amount", "1", "--decimals", "6");
    assertOneLine(decimals, "error: --decimals applies only with --token");
    CliRunner.Result chain =
        cli.run("uri", "build", "--to", TO, "--chain-id", "99999999999999999999999");
    assertOneLine(chain, "error: --chain-id must be a positive whole number of at most 18 digits");
    assertThat(chain.err()).doesNotContain("is not a long");
    assertOneLine(cli.run("uri", "build", "--to", TO, "--chain-id", "0"), "error: --chain-id");
  }

  private static void assertOneLine(CliRunner.Result r, String start) {
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith(start);
    assertThat(r.err().strip().lines()).hasSize(1);
  }
}
