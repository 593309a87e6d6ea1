package io.abacus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithAnvil
class ContractsTest {
  @TempDir Path dir;

  @Test
  void compilesSolidityOfflineAndDeploysIt(Anvil anvil) throws Exception {
    Path source = dir.resolve("Six.sol");
    Files.writeString(
        source,
        "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.0;\n"
            + "import \"@openzeppelin/contracts/token/ERC20/ERC20.sol\";\n"
            + "contract Six is ERC20 { constructor() ERC20(\"Test USD\", \"TUSD\") {"
            + " _mint(msg.sender, 1000000); }"
            + " function decimals() public pure override returns (uint8) { return 6; } }\n");
    Map<String, Contracts.Artifact> compiled = Contracts.compile(source);
    assertThat(compiled).containsKey("Six");
    String address = Contracts.deploy(anvil, anvil.account(0), compiled.get("Six"), "");
    // decimals() selector 0x313ce567
    String result =
        anvil.call("eth_call", Map.of("to", address, "data", "0x313ce567"), "latest").asText();
    assertThat(Long.decode(result)).isEqualTo(6L);
  }

  @Test
  void deploysAnOpenZeppelinArtifact(Anvil anvil) {
    Contracts.Artifact erc721 = Contracts.openZeppelin("ERC721PresetMinterPauserAutoId");
    assertThat(erc721.bytecode()).startsWith("0x60");
    assertThat(erc721.abiJson()).contains("safeTransferFrom");
  }
}
