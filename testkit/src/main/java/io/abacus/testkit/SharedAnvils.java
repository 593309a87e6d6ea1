package io.abacus.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The anvil nodes shared by the test classes of one JVM, one per {@link AnvilOptions}: starting a
 * node per class costs a process start and its wait (about 1 s each, 69 classes), a revert costs a
 * few milliseconds.
 *
 * <p>A class {@link #lease leases} a node: the lease points the node's clock at the wall clock and
 * takes a snapshot of the fresh chain; {@link Lease#close()} reverts to it and resets what {@code
 * evm_revert} keeps (measured on anvil 1.7.1): pending transactions, the automine switch, interval
 * mining, the next block's base fee (it keeps the fee decayed by the reverted blocks) and automatic
 * impersonation. Accounts impersonated one by one cannot be listed and stay impersonated; a class
 * relying on that declares {@code @WithAnvil(shared = false)}. A node that stopped, or refused the
 * revert, is replaced by a fresh one at the next lease.
 *
 * <p>The nodes are static state on purpose: surefire runs each class in its own JUnit launch, so
 * nothing narrower than the JVM outlives a class. Each node stops at JVM exit ({@link Anvil}'s
 * shutdown hook).
 */
final class SharedAnvils {
  private static final Map<AnvilOptions, Node> NODES = new ConcurrentHashMap<>();

  private SharedAnvils() {}

  /**
   * Whether a node with these options can be shared: not when it mines on a timer ({@code
   * --block-time}), which would add blocks between one class's revert and the next class.
   */
  static boolean shareable(AnvilOptions options) {
    return options.extraArgs().stream()
        .noneMatch(a -> a.equals("-b") || a.startsWith("--block-time"));
  }

  /** The shared node for {@code options}, started when missing, with a snapshot of its chain. */
  static Lease lease(AnvilOptions options) {
    Node node =
        NODES.compute(
            options, (key, old) -> old != null && old.anvil.isRunning() ? old : Node.start(key));
    return new Lease(node, options);
  }

  /** A running node and the base fee of its fresh chain (null before London). */
  private record Node(Anvil anvil, String genesisBaseFee) {
    static Node start(AnvilOptions options) {
      Anvil anvil = Anvil.start(options);
      JsonNode fee = anvil.call("eth_getBlockByNumber", "0x0", false).get("baseFeePerGas");
      return new Node(anvil, fee == null || fee.isNull() ? null : fee.asText());
    }
  }

  /** One class's use of a shared node; closing it reverts the chain to its fresh state. */
  static final class Lease implements AutoCloseable {
    private final Node node;
    private final AnvilOptions options;
    private final String snapshot;

    private Lease(Node node, AnvilOptions options) {
      this.node = node;
      this.options = options;
      // evm_revert rewinds the clock to the snapshot's block: move it on to the wall clock.
      node.anvil.call("anvil_setTime", Instant.now().getEpochSecond());
      this.snapshot = node.anvil.snapshot();
    }

    Anvil anvil() {
      return node.anvil;
    }

    @Override
    public void close() {
      Anvil anvil = node.anvil;
      if (!anvil.isRunning()) {
        return;
      }
      try {
        // No mining from here until the pool is empty: interval mining a test switched on would
        // mine on the reverted chain, and automine would mine the pending transactions the revert
        // keeps before they are dropped (a next class once saw block 1). anvil has one mining
        // mode: automine on ends interval mining, automine off then stops all mining (off alone
        // leaves interval mining running).
        anvil.setAutomine(true);
        anvil.setAutomine(false);
        anvil.revert(snapshot);
        anvil.call("anvil_dropAllTransactions");
        anvil.setAutomine(options.automine());
        anvil.call("anvil_removeBlockTimestampInterval");
        anvil.call("anvil_autoImpersonateAccount", false);
        if (node.genesisBaseFee != null) {
          anvil.call("anvil_setNextBlockBaseFeePerGas", node.genesisBaseFee);
        }
      } catch (RuntimeException e) {
        NODES.remove(options, node);
        anvil.close();
        throw e;
      }
    }
  }
}
