package io.abacus.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Classes with the same {@link WithAnvil} options share one node, and each starts on the fresh
 * chain whatever the class before it did (each class runs in its own launch, as under surefire).
 */
class SharedAnvilsTest {
  static final AtomicReference<Anvil> dirtyNode = new AtomicReference<>();
  static final AtomicReference<Anvil> cleanNode = new AtomicReference<>();
  static final String STRANGER = "0x1111111111111111111111111111111111111111";

  /** Changes everything a class can change on a node, then fails. */
  @WithAnvil(chainId = 7001)
  static class DirtyTests {
    @Test
    void changesTheChainThenFails(Anvil anvil) {
      dirtyNode.set(anvil);
      anvil.call("evm_increaseTime", 100_000);
      anvil.call("anvil_setBalance", STRANGER, "0xffffffffffffffffff");
      anvil.call(
          "eth_sendTransaction",
          Map.of("from", anvil.account(0).address(), "to", STRANGER, "value", "0x1"));
      anvil.mine(60);
      anvil.setAutomine(false);
      anvil.call(
          "eth_sendTransaction",
          Map.of("from", anvil.account(1).address(), "to", STRANGER, "value", "0x1"));
      anvil.call("anvil_autoImpersonateAccount", true);
      anvil.call("evm_setIntervalMining", 1);
      throw new AssertionError("deliberate failure");
    }
  }

  /** Asserts the node is as a fresh one: block 0, balances, nonces, pool, automine, fee, clock. */
  @WithAnvil(chainId = 7001)
  static class CleanTests {
    @Test
    void seesAFreshChain(Anvil anvil) {
      cleanNode.set(anvil);
      assertThat(anvil.blockNumber()).isZero();
      assertThat(anvil.call("eth_getBalance", STRANGER, "latest").asText()).isEqualTo("0x0");
      assertThat(anvil.call("eth_getTransactionCount", anvil.account(0).address(), "latest"))
          .hasToString("\"0x0\"");
      assertThat(anvil.call("txpool_status").get("pending").asText()).isEqualTo("0x0");
      assertThat(anvil.call("anvil_getAutomine").asBoolean()).isTrue();
      assertThat(anvil.call("anvil_getIntervalMining").isNull()).isTrue();
      // A fresh node quotes 2 gwei (1 gwei base fee + 1 gwei tip).
      assertThat(anvil.call("eth_gasPrice").asText()).isEqualTo("0x77359400");
      anvil.mine(1);
      JsonNode block = anvil.call("eth_getBlockByNumber", "latest", false);
      long timestamp = new BigInteger(block.get("timestamp").asText().substring(2), 16).longValue();
      assertThat(timestamp)
          .isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 60);
      assertThat(block.get("baseFeePerGas").asText()).isEqualTo("0x3b9aca00");
    }
  }

  @Test
  void theNextClassOnTheSharedNodeSeesAFreshChain() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(DirtyTests.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(1).failed(1));
    Events clean =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(CleanTests.class))
            .execute()
            .testEvents();
    clean.failed().stream()
        .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .findFirst()
        .ifPresent(
            t -> {
              throw new AssertionError("the class after the dirty one failed", t);
            });
    clean.assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(cleanNode.get()).isSameAs(dirtyNode.get());
    assertThat(cleanNode.get().isRunning()).isTrue();
  }
}
