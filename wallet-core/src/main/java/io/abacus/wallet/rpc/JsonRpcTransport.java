package io.abacus.wallet.rpc;

/**
 * Sends one JSON-RPC request body to the node and returns the response body. The seam that lets
 * tests answer with canned JSON and assert the exact request sent.
 */
public interface JsonRpcTransport extends AutoCloseable {

  /**
   * Posts {@code requestJson} and returns the response body.
   *
   * @throws RpcException of kind UNREACHABLE, TIMEOUT, AUTH_REFUSED, HTTP_ERROR or BATCH_TOO_LARGE
   *     when no usable answer came
   */
  String send(String requestJson);

  /** The endpoint as the user configured it, for messages (never with credentials). */
  String endpoint();

  @Override
  default void close() {}
}
