package io.abacus.wallet.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/** Unwraps one JSON-RPC response object into its result, or a precise {@link RpcException}. */
final class RpcResponse {
  private RpcResponse() {}

  static JsonNode result(JsonNode root, long id, String method) {
    if (root == null || !root.isObject()) {
      throw RpcJson.malformed("the answer to " + method + " is not a JSON-RPC object");
    }
    JsonNode error = root.get("error");
    if (error != null && !error.isNull()) {
      JsonNode data = error.get("data");
      String dataText =
          data == null || data.isNull() ? null : data.isTextual() ? data.asText() : data.toString();
      throw nodeError(
          method, error.path("code").asInt(), error.path("message").asText("no message"), dataText);
    }
    if (root.path("id").asLong(-1) != id) {
      throw RpcJson.malformed(
          "the answer to " + method + " has id " + root.get("id") + ", not " + id);
    }
    if (!root.has("result")) {
      throw RpcJson.malformed("the answer to " + method + " has neither result nor error");
    }
    return root.get("result");
  }

  /** The node's error for {@code method}, with the revert reason its data holds, if any. */
  static RpcException nodeError(String method, int code, String message, String data) {
    String reason = RevertReason.fromErrorData(data).map(r -> " (reason: " + r + ")").orElse("");
    return new RpcException(
        RpcException.Kind.NODE_ERROR,
        "the node rejected " + method + ": " + message + reason,
        code,
        data,
        null);
  }

  /** An error object answering a whole batch: the node refuses batches of this size. */
  static RpcException batchRefused(JsonNode answer, int size) {
    return batchRefused(
        size,
        answer.path("error").path("message").asText(answer.toString()),
        answer.path("error").path("code").asInt(0));
  }

  /** The node refuses batches of {@code size}, saying {@code message}. */
  static RpcException batchRefused(int size, String message, int code) {
    return new RpcException(
        RpcException.Kind.BATCH_TOO_LARGE,
        "the node refused a batch of " + size + ": " + RpcJson.abbreviate(message),
        code,
        null,
        null);
  }
}
