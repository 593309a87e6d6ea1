package io.abacus.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnvilTest {

  @Test
  void startsOnAFreeLoopbackPortWithTheTestAccountsAndStopsOnClose() {
    Anvil anvil = Anvil.start(AnvilOptions.defaults());
    try (anvil) {
      assertThat(anvil.rpcUrl()).startsWith("http://127.0.0.1:");
      assertThat(anvil.port()).isPositive();
      assertThat(Long.decode(anvil.call("eth_chainId").asText())).isEqualTo(31337L);
      assertThat(anvil.accounts()).hasSize(10);
      assertThat(anvil.account(0).address())
          .isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
      assertThat(anvil.account(0).privateKeyHex()).hasSize(66);
      assertThat(anvil.isRunning()).isTrue();
    }
    assertThat(anvil.isRunning()).isFalse();
  }

  @Test
  void twoNodesRunSideBySideWithTheirOwnChainIds() {
    try (Anvil a = Anvil.start(AnvilOptions.defaults());
        Anvil b = Anvil.start(new AnvilOptions(1337, true, List.of()))) {
      assertThat(a.port()).isNotEqualTo(b.port());
      assertThat(Long.decode(b.call("eth_chainId").asText())).isEqualTo(1337L);
    }
  }

  @Test
  void miningSnapshotsAndRevertsWork() {
    try (Anvil anvil = Anvil.start(new AnvilOptions(31337, false, List.of()))) {
      assertThat(anvil.blockNumber()).isZero();
      String snapshot = anvil.snapshot();
      anvil.mine(5);
      assertThat(anvil.blockNumber()).isEqualTo(5);
      anvil.revert(snapshot);
      assertThat(anvil.blockNumber()).isZero();
    }
  }

  @Test
  void rpcErrorsSurfaceWithTheMethodName() {
    try (Anvil anvil = Anvil.start(AnvilOptions.defaults())) {
      assertThatThrownBy(() -> anvil.call("eth_noSuchMethod"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("eth_noSuchMethod");
    }
  }
}
