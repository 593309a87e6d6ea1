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
      String message = error.path("message").asText("no message");
      JsonNode data = error.get("data");
      String dataText =
          data == null || data.isNull() ? null : data.isTextual() ? data.asText() : data.toString();
      String reason =
          RevertReason.fromErrorData(dataText).map(r -> " (reason: " + r + ")").orElse("");
      throw new RpcException(
          RpcException.Kind.NODE_ERROR,
          "the node rejected " + method + ": " + message + reason,
          error.path("code").asInt(),
          dataText,
          null);
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

  /** An error object answering a whole batch: the node refuses batches of this size. */
  static RpcException batchRefused(JsonNode answer, int size) {
    String message = answer.path("error").path("message").asText(answer.toString());
    return new RpcException(
        RpcException.Kind.BATCH_TOO_LARGE,
        "the node refused a batch of " + size + ": " + RpcJson.abbreviate(message),
        answer.path("error").path("code").asInt(0),
        null,
        null);
  }
}
