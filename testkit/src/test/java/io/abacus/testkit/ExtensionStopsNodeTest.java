package io.abacus.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A private ({@code shared = false}) node is stopped when its class ends, even after failures. */
class ExtensionStopsNodeTest {
  static final AtomicReference<Anvil> seen = new AtomicReference<>();

  @WithAnvil(shared = false)
  static class FailingTests {
    @Test
    void fails(Anvil anvil) {
      seen.set(anvil);
      throw new AssertionError("deliberate failure");
    }
  }

  @Test
  void nodeIsStoppedAfterAFailingClass() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(FailingTests.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(1).failed(1));
    assertThat(seen.get()).isNotNull();
    assertThat(seen.get().isRunning()).isFalse();
  }
}
