package io.abacus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@WithAnvil(chainId = 4242)
class WithAnvilExtensionTest {
  private static Anvil first;

  @BeforeAll
  static void remember(Anvil anvil) {
    first = anvil;
  }

  @Test
  void injectsOneNodePerClassWithTheAnnotatedChainId(Anvil anvil) {
    assertThat(anvil).isSameAs(first);
    assertThat(Long.decode(anvil.call("eth_chainId").asText())).isEqualTo(4242L);
  }

  @Nested
  class NestedTests {
    @Test
    void nestedClassesShareTheEnclosingNode(Anvil anvil) {
      assertThat(anvil).isSameAs(first);
    }
  }

  @AfterAll
  static void stillRunningUntilTheClassEnds() {
    assertThat(first.isRunning()).isTrue();
  }
}
