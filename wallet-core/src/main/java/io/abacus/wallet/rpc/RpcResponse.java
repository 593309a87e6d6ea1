package io.abacus.wallet.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Unwraps a JSON-RPC response body into its result, or a precise {@link RpcException}. */
final class RpcResponse {
  private RpcResponse() {}

  static JsonNode result(
      ObjectMapper mapper, String body, long id, String method, String endpoint) {
    JsonNode root;
    try {
      root = body == null ? null : mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw RpcJson.malformed(
          "the answer to "
              + method
              + " from "
              + endpoint
              + " is not JSON: "
              + HttpJsonRpcTransport.abbreviate(body.strip()));
    }
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
}
