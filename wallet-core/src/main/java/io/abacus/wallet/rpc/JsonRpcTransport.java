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

  /**
   * Like {@link #send}, but returns the response body as UTF-8 bytes, for callers that parse large
   * answers as a stream instead of a string.
   */
  default byte[] sendForBytes(String requestJson) {
    String body = send(requestJson);
    return body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The endpoint as the user configured it, for messages (never with credentials). */
  String endpoint();

  @Override
  default void close() {}
}
