package io.abacus.app.node;

import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.NodeConnection;
import io.abacus.wallet.rpc.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The one place the app opens a network's node: its URL (checked with {@link
 * Network#validateRpcUrl}) and, if set, its auth header, over wallet-core's node layer. The wallet
 * screens, the explorer screens and the command line all come through here.
 */
public final class NodeClients {
  /** Per-request timeout of the explorer, whose batches of blocks take long. */
  public static final Duration EXPLORER_TIMEOUT = Duration.ofSeconds(60);

  private static final Duration MAX_CONNECT = Duration.ofSeconds(10);

  private NodeClients() {}

  /**
   * A client for {@code network}'s node.
   *
   * @throws IllegalArgumentException if the network has no node URL yet, or a malformed one
   */
  public static NodeClient forNetwork(Network network, Duration timeout, RetryPolicy retry) {
    return new NodeClient(json(network, timeout, retry));
  }

  /**
   * A JSON-RPC client for {@code network}'s node; the caller closes it.
   *
   * @throws IllegalArgumentException if the network has no node URL yet, or a malformed one
   */
  public static JsonRpcClient json(Network network, Duration timeout, RetryPolicy retry) {
    return new JsonRpcClient(transport(network, connectTimeout(timeout), timeout), retry);
  }

  /** The explorer's client: {@link #EXPLORER_TIMEOUT} per request, the standard retries. */
  public static JsonRpcClient explorerClient(Network network) {
    return json(network, EXPLORER_TIMEOUT, RetryPolicy.standard());
  }

  /**
   * A connection that checks, once, that the node serves {@code network}'s chain id.
   *
   * @throws IllegalArgumentException if the network has no node URL yet, or a malformed one
   */
  public static NodeConnection connection(Network network, Duration timeout, RetryPolicy retry) {
    return new NodeConnection(json(network, timeout, retry), network.chainId(), network.name());
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
    return transport(network.rpcUrl(), network.auth(), connectTimeout, requestTimeout);
  }

  /**
   * The HTTP transport to the node at {@code url}, sending {@code auth} as its {@code
   * Authorization} header.
   *
   * @throws IllegalArgumentException if {@code url} is not an http(s) URL with a host
   */
  public static HttpJsonRpcTransport transport(
      String url, Optional<String> auth, Duration connectTimeout, Duration requestTimeout) {
    return new HttpJsonRpcTransport(
        URI.create(Network.validateRpcUrl(url)), connectTimeout, requestTimeout, auth);
  }

  /** At most 10 s to connect, never longer than {@code timeout}. */
  public static Duration connectTimeout(Duration timeout) {
    return timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT;
  }
}
