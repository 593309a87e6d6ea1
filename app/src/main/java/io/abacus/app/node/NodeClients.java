package io.abacus.app.node;

import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import java.net.URI;
import java.time.Duration;

/** Builds the client for a network's own node: its URL and, if set, its auth header. */
public final class NodeClients {
  private NodeClients() {}

  /**
   * A client for {@code network}'s node.
   *
   * @throws IllegalArgumentException if the network has no node URL yet, or a malformed one
   */
  public static NodeClient forNetwork(Network network, Duration timeout, RetryPolicy retry) {
    Duration connect =
        timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
    return new NodeClient(transport(network, connect, timeout), retry);
  }

  /**
   * The HTTP transport to {@code network}'s node: its URL and, if set, its auth header.
   *
   * @throws IllegalArgumentException if the network has no node URL yet, or a malformed one
   */
  public static HttpJsonRpcTransport transport(
      Network network, Duration connectTimeout, Duration requestTimeout) {
    if (!network.hasRpcUrl()) {
      throw new IllegalArgumentException("no node URL is set for " + network.name());
    }
    return new HttpJsonRpcTransport(
        URI.create(Network.validateRpcUrl(network.rpcUrl())),
        connectTimeout,
        requestTimeout,
        network.auth());
  }
}
