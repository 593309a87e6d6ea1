package io.abacus.explorer.rpc;

import java.io.IOException;

/**
 * Sends JSON-RPC request bodies to a node and returns the raw response bodies. The seam that lets
 * tests answer with canned JSON instead of a node.
 */
public interface RpcTransport extends AutoCloseable {

  /**
   * Posts one request body (a single request or a batch array) and returns the response body.
   *
   * @throws IOException when the node cannot be reached, times out or answers with an HTTP error
   */
  String send(String requestJson) throws IOException;

  /** The endpoint as the user configured it, for messages. */
  String endpoint();

  @Override
  default void close() {}
}
