package io.abacus.app.cli.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.EthForwarder;
import io.abacus.testkit.WithAnvil;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code abacus index --traces} and {@code query tx --json}'s internal transfers. */
@WithAnvil
class IndexTracesCliTest {
  private static final String FORWARDER = "0x00000000000000000000000000000000000f0f0f";
  private static final String ALICE = "0x1111111111111111111111111111111111111111";
  private static final String BOB = "0x2222222222222222222222222222222222222222";

  @Test
  void indexWithTracesShowsInternalTransfersInQueryTx(Anvil anvil, @TempDir Path dir)
      throws Exception {
    anvil.call("anvil_setCode", FORWARDER, EthForwarder.code(ALICE, BOB));
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", anvil.account(0).address());
    tx.put("to", FORWARDER);
    tx.put("value", "0x64");
    String hash = anvil.call("eth_sendTransaction", tx).asText();
    CliRunner cli = new CliRunner(dir.resolve("data"));
    String db = dir.resolve("chain.db").toString();
    String plain = dir.resolve("plain.db").toString();

    CliRunner.Result indexed = cli.run("index", "--rpc", anvil.rpcUrl(), "--db", db, "--traces");
    assertThat(indexed.exitCode()).as(indexed.err()).isZero();
    CliRunner.Result r = cli.run("query", "tx", hash, "--db", db, "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode internals = new ObjectMapper().readTree(r.out()).get("internalTransfers");
    assertThat(internals).hasSize(2);
    assertThat(internals.get(0).get("to").asText()).isEqualToIgnoringCase(ALICE);
    assertThat(internals.get(0).get("value").asText()).isEqualTo("50");
    assertThat(internals.get(1).get("to").asText()).isEqualToIgnoringCase(BOB);
    assertThat(internals.get(1).get("from").asText()).isEqualToIgnoringCase(FORWARDER);
    assertThat(internals.get(1).get("type").asText()).isEqualTo("CALL");

    assertThat(cli.run("index", "--rpc", anvil.rpcUrl(), "--db", plain).exitCode()).isZero();
    JsonNode none =
        new ObjectMapper().readTree(cli.run("query", "tx", hash, "--db", plain, "--json").out());
    assertThat(none.has("internalTransfers")).as("only an index with traces has them").isFalse();
  }
}
