package io.abacus.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.ProjectPaths;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed TestUSD.json must be exactly what TestUSD.sol compiles to with the pinned solc. */
class TestUsdArtifactTest {
  @Test
  void committedArtifactMatchesTheSource() throws Exception {
    Map<String, Contracts.Artifact> compiled =
        Contracts.compile(ProjectPaths.root().resolve("resources/contracts/TestUSD.sol"));
    Contracts.Artifact fresh = compiled.get("TestUSD");
    assertThat(fresh).as("TestUSD.sol defines TestUSD").isNotNull();
    assertThat(TestUsd.bytecode())
        .as("recompile: node tools/devchain/compile.js resources/contracts/TestUSD.sol")
        .isEqualTo(fresh.bytecode());
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(TestUsd.abiJson())).isEqualTo(json.readTree(fresh.abiJson()));
  }

  @Test
  void abiHasTheCallsTheSandboxMakes() throws Exception {
    var abi = new ObjectMapper().readTree(TestUsd.abiJson());
    var names = new java.util.ArrayList<String>();
    abi.forEach(e -> names.add(e.path("name").asText()));
    assertThat(names)
        .contains("mint", "transfer", "approve", "transferFrom", "decimals", "name", "symbol");
  }
}
