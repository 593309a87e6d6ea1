package io.abacus.app.explorer;

import io.abacus.explorer.rpc.HttpRpcTransport;
import io.abacus.explorer.rpc.JsonRpcClient;
import io.abacus.explorer.rpc.RetryPolicy;
import io.abacus.wallet.network.Network;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The only node the explorer talks to: the one configured for the network, with its auth. */
public final class NodeAccess {
  private NodeAccess() {}

  /** The node's transport; the auth header value comes from the settings and is never logged. */
  public static HttpRpcTransport transport(Network n) {
    Optional<HttpRpcTransport.Header> auth =
        n.auth().map(value -> new HttpRpcTransport.Header("Authorization", value));
    return new HttpRpcTransport(URI.create(n.rpcUrl()), Duration.ofSeconds(60), auth);
  }

  /** A JSON-RPC client on {@link #transport(Network)}; the caller closes it. */
  public static JsonRpcClient client(Network n) {
    return new JsonRpcClient(transport(n), RetryPolicy.standard());
  }
}
