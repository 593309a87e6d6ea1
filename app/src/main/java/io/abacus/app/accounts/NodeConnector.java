package io.abacus.app.accounts;

import io.abacus.app.node.NodeClients;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.JsonRpcTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RpcException;
import java.time.Duration;
import java.util.function.Function;

/**
 * Connects to a network's node for the Accounts screen, after checking that the node is on the
 * network's chain.
 */
public final class NodeConnector {
  private final Function<Network, JsonRpcTransport> transports;

  /**
   * @param transports opens the transport to a network's node (tests pass canned ones)
   */
  public NodeConnector(Function<Network, JsonRpcTransport> transports) {
    this.transports = transports;
  }

  /** HTTP to the network's URL with its auth header; short timeouts so a dead node shows fast. */
  public static NodeConnector overHttp() {
    return new NodeConnector(
        n -> NodeClients.transport(n, Duration.ofSeconds(5), Duration.ofSeconds(20)));
  }

  /** Why the node cannot be used. */
  public static final class NodeProblem extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
      NO_URL,
      DOWN,
      WRONG_CHAIN
    }

    private final Kind kind;
    private final long reportedChainId;

    NodeProblem(Kind kind, long reportedChainId, String message, Throwable cause) {
      super(message, cause);
      this.kind = kind;
      this.reportedChainId = reportedChainId;
    }

    public Kind kind() {
      return kind;
    }

    /** The chain id the node reported ({@link Kind#WRONG_CHAIN} only). */
    public long reportedChainId() {
      return reportedChainId;
    }
  }

  /**
   * A client for the network's node whose chain id was checked.
   *
   * @throws NodeProblem if there is no URL, the node does not answer, or is on another chain
   */
  public NodeClient connect(Network network) throws NodeProblem {
    if (!network.hasRpcUrl()) {
      throw new NodeProblem(NodeProblem.Kind.NO_URL, 0, "no node URL for " + network.id(), null);
    }
    NodeClient client;
    long chainId;
    try {
      client = new NodeClient(transports.apply(network), RetryPolicy.none());
      chainId = client.chainId();
    } catch (RpcException | IllegalArgumentException e) {
      throw new NodeProblem(NodeProblem.Kind.DOWN, 0, e.getMessage(), e);
    }
    if (chainId != network.chainId()) {
      throw new NodeProblem(
          NodeProblem.Kind.WRONG_CHAIN, chainId, "node reports chain " + chainId, null);
    }
    return client;
  }
}
