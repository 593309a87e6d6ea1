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
    // A small OpenZeppelin import still proves that @openzeppelin/ paths resolve offline; compiling
    // a whole ERC20 here cost solc-js about 3 CPU s more, and TestUsdArtifactTest (app) and
    // MultiSendAnvilTest (wallet-core) compile full OpenZeppelin contracts already.
    Path source = dir.resolve("Six.sol");
    Files.writeString(
        source,
        "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.0;\n"
            + "import \"@openzeppelin/contracts/utils/math/SafeCast.sol\";\n"
            + "contract Six { function decimals() public pure returns (uint8) {"
            + " return SafeCast.toUint8(6); } }\n");
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
