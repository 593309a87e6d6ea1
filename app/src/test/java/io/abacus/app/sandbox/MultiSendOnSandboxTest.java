package io.abacus.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.ProjectPaths;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sandbox's multi-send contract: the artifact on the class path is the committed one, it
 * deploys, and {@code sandbox.json} records it next to Test USD.
 */
@WithAnvil
class MultiSendOnSandboxTest {
  @TempDir Path dir;

  @Test
  void deploysTheCommittedContractAndRecordsItNextToTestUsd(Anvil anvil) throws Exception {
    String committed =
        new ObjectMapper()
            .readTree(ProjectPaths.root().resolve("resources/contracts/MultiSend.json").toFile())
            .get("bytecode")
            .asText();
    assertThat(MultiSendContract.bytecode()).isEqualTo(committed);

    SandboxChain chain = SandboxChain.connect(anvil.rpcUrl());
    Address token = chain.deployTestUsd();
    Address multiSend = chain.deployMultiSend();
    assertThat(chain.hasCode(multiSend)).isTrue();
    assertThat(multiSend).isNotEqualTo(token);

    SandboxInfo info = new SandboxInfo(dir.resolve("sandbox.json"));
    assertThat(info.multiSendAddress()).isEmpty();
    info.recordToken(token);
    info.recordMultiSend(multiSend);
    SandboxInfo reread = new SandboxInfo(dir.resolve("sandbox.json"));
    assertThat(reread.tokenAddress()).contains(token);
    assertThat(reread.multiSendAddress()).contains(multiSend);
  }
}
