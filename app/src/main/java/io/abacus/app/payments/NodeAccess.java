package io.abacus.app.payments;

import io.abacus.app.node.NodeClients;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.nonce.FilePendingStore;
import io.abacus.wallet.nonce.NonceManager;
import io.abacus.wallet.nonce.PendingStore;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.send.Broadcaster;
import io.abacus.wallet.send.PaymentPlanner;
import io.abacus.wallet.send.PaymentSender;
import io.abacus.wallet.send.Replacer;
import io.abacus.wallet.send.TransactionSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the payment screens reach the node of the selected network, and the wallet-core services
 * built on it. The network is read at each use, so a switch (or the Sandbox getting its URL) takes
 * effect at once. Only the node the user configured is ever contacted.
 */
public final class NodeAccess {
  private final Supplier<Optional<Network>> network;
  private final PendingStore pending;
  private final Duration timeout;
  private final javafx.beans.Observable changes;

  /**
   * @param network the selected network, read at each use
   * @param changes fires when the settings change (a listener filters for the network)
   */
  public NodeAccess(
      Supplier<Optional<Network>> network,
      javafx.beans.Observable changes,
      PendingStore pending,
      Duration timeout) {
    this.network = network;
    this.changes = changes;
    this.pending = pending;
    this.timeout = timeout;
  }

  /**
   * Runs {@code action} (on the UI thread) whenever the selected network or its node URL changes,
   * e.g. when the user switches networks or the Sandbox gets its URL.
   */
  public void onNetworkChange(Runnable action) {
    java.util.concurrent.atomic.AtomicReference<Optional<Network>> last =
        new java.util.concurrent.atomic.AtomicReference<>(network.get());
    changes.addListener(
        o -> {
          Optional<Network> now = network.get();
          if (!now.equals(last.getAndSet(now))) {
            action.run();
          }
        });
  }

  /** The pending journal the CLI uses too, so both see the same in-flight nonces. */
  public static PendingStore pendingStoreIn(Path dataDirectory) {
    return new FilePendingStore(
        dataDirectory.resolve("wallet").resolve("pending-transactions.json"));
  }

  /**
   * The selected network.
   *
   * @throws NoNodeException if none is selected or it has no node URL yet
   */
  public Network network() {
    Network n = network.get().orElseThrow(() -> new NoNodeException(null));
    if (!n.hasRpcUrl()) {
      throw new NoNodeException(n);
    }
    return n;
  }

  /** The selected network, or empty when none is selected. */
  public Optional<Network> selected() {
    return network.get();
  }

  /** A client for the selected network's node; cheap, so one per task. */
  public NodeClient client() {
    return NodeClients.forNetwork(network(), timeout, RetryPolicy.standard());
  }

  public PendingStore pending() {
    return pending;
  }

  public Broadcaster broadcaster(NodeClient node) {
    return new Broadcaster(node, pending, d -> Thread.sleep(d.toMillis()));
  }

  public PaymentPlanner planner(NodeClient node, Network n) {
    return new PaymentPlanner(
        node,
        new NonceManager(node, pending),
        n.chainId(),
        n.name(),
        new TransactionSummary.Token(n.currencySymbol(), n.decimals()));
  }

  public PaymentSender sender(NodeClient node, Network n) {
    return new PaymentSender(node, planner(node, n), broadcaster(node));
  }

  public Replacer replacer(NodeClient node, Network n) {
    return new Replacer(node, pending, sender(node, n), broadcaster(node));
  }

  /** No node to talk to: no network selected, or the selected one has no URL (yet). */
  public static final class NoNodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Network network;

    public NoNodeException(Network network) {
      super(
          network == null
              ? "no network is selected"
              : "the network " + network.name() + " has no node URL");
      this.network = network;
    }

    public Optional<Network> network() {
      return Optional.ofNullable(network);
    }
  }
}
