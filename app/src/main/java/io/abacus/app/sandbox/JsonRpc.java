package io.abacus.app.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RpcException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The local Sandbox node over wallet-core's node layer, with its failures as {@link
 * SandboxException}. No retries: the node is on this machine, and most Sandbox calls change state.
 */
final class JsonRpc {
  private final JsonRpcClient client;

  JsonRpc(String url, Duration timeout) {
    this.client =
        new JsonRpcClient(
            new HttpJsonRpcTransport(
                URI.create(url), Duration.ofSeconds(5), timeout, Optional.empty()),
            RetryPolicy.none());
  }

  String url() {
    return client.endpoint();
  }

  /** Calls one method; a JSON-RPC error or an unreachable node throws {@link SandboxException}. */
  JsonNode call(String method, Object... params) {
    try {
      return client.call(method, params);
    } catch (RpcException e) {
      throw sandbox(e, method);
    }
  }

  /** Sends all calls in one HTTP request; returns the results in call order. */
  List<JsonNode> batch(List<JsonRpcClient.Call> calls) {
    try {
      return client.batch(calls);
    } catch (RpcException e) {
      throw sandbox(e, calls.isEmpty() ? "a batch" : calls.get(0).method());
    }
  }

  private SandboxException sandbox(RpcException e, String method) {
    if (e.kind() == RpcException.Kind.UNREACHABLE || e.kind() == RpcException.Kind.TIMEOUT) {
      return new SandboxException(
          "cannot reach the Sandbox node at " + url() + " (" + method + "): " + e.getMessage(), e);
    }
    return new SandboxException("the Sandbox node failed " + method + ": " + e.getMessage(), e);
  }
}
