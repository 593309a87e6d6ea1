package io.abacus.wallet.rpc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a batch answer straight from its bytes with Jackson's streaming parser: each result goes
 * through the caller's {@link JsonRpcClient.ResultReader}, no tree of the whole answer is built.
 * Same checks and messages as the tree-based batch of {@link JsonRpcClient}.
 */
final class StreamedBatch {
  private StreamedBatch() {}

  /** One answer object: its id (null if not a number), error and result. */
  private record Item(Long id, JsonNode error, Object result, boolean hasResult) {}

  /**
   * Reads the answer to {@code calls}, sent as a batch, or with {@code single} as one request
   * object (then the answer is one object too).
   */
  static <T> List<T> read(
      ObjectMapper mapper,
      byte[] body,
      boolean single,
      long firstId,
      List<JsonRpcClient.Call> calls,
      JsonRpcClient.ResultReader<T> reader,
      String what,
      String endpoint) {
    if (body == null || body.length == 0) {
      throw RpcJson.malformed(
          "the answer to " + what + " from " + endpoint + " is empty or not JSON-RPC");
    }
    try (JsonParser p = mapper.getFactory().createParser(body)) {
      JsonToken first = p.nextToken();
      if (single && first == JsonToken.START_OBJECT) {
        Object[] results = new Object[1];
        place(mapper, item(mapper, p, reader), firstId, calls, results, new boolean[1]);
        @SuppressWarnings("unchecked")
        T result = (T) results[0];
        List<T> one = new ArrayList<>(1);
        one.add(result);
        return one;
      }
      if (first == JsonToken.START_OBJECT) {
        throw RpcResponse.batchRefused(mapper.readTree(p), calls.size());
      }
      if (first != JsonToken.START_ARRAY) {
        throw RpcJson.malformed(
            "the answer to " + what + " from " + endpoint + " is empty or not JSON-RPC");
      }
      return items(mapper, p, firstId, calls, reader, what);
    } catch (IOException e) {
      throw RpcJson.malformed(
          "the answer to "
              + what
              + " from "
              + endpoint
              + " is not JSON: "
              + RpcJson.abbreviate(String.valueOf(e.getMessage())));
    }
  }

  private static <T> List<T> items(
      ObjectMapper mapper,
      JsonParser p,
      long firstId,
      List<JsonRpcClient.Call> calls,
      JsonRpcClient.ResultReader<T> reader,
      String what)
      throws IOException {
    int n = calls.size();
    Object[] results = new Object[n];
    boolean[] seen = new boolean[n];
    int answered = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
      answered++;
      Item item = item(mapper, p, reader);
      if (item.id() == null) {
        if (item.error() != null) {
          ObjectNode whole = mapper.createObjectNode();
          whole.set("error", item.error());
          throw RpcResponse.batchRefused(whole, n);
        }
        throw RpcJson.malformed("an answer in the " + what + " has no numeric id");
      }
      place(mapper, item, firstId, calls, results, seen);
    }
    if (t != JsonToken.END_ARRAY) {
      throw RpcJson.malformed("an answer in the " + what + " is not a JSON-RPC object");
    }
    if (answered < n) {
      throw new RpcException(
          RpcException.Kind.BATCH_TOO_LARGE,
          "the node answered " + answered + " of " + n + " batched calls");
    }
    for (int i = 0; i < n; i++) {
      if (!seen[i]) {
        throw RpcJson.malformed("the " + what + " has no answer for id " + (firstId + i));
      }
    }
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) new ArrayList<>(Arrays.asList(results));
    return list;
  }

  /** Reads one answer object; the parser is at its START_OBJECT. */
  private static Item item(ObjectMapper mapper, JsonParser p, JsonRpcClient.ResultReader<?> reader)
      throws IOException {
    Long id = null;
    JsonNode error = null;
    Object result = null;
    boolean hasResult = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "id" -> id = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
        case "error" -> error = mapper.readTree(p);
        case "result" -> {
          hasResult = true;
          result = value == JsonToken.VALUE_NULL ? null : reader.read(p);
        }
        default -> p.skipChildren();
      }
    }
    return new Item(id, error, result, hasResult);
  }

  /** Puts an answer in its call's place; throws the node's error for it. */
  private static void place(
      ObjectMapper mapper,
      Item item,
      long firstId,
      List<JsonRpcClient.Call> calls,
      Object[] results,
      boolean[] seen) {
    long index = item.id() == null ? -1 : item.id() - firstId;
    String method = calls.get(index < 0 || index >= calls.size() ? 0 : (int) index).method();
    if (item.error() != null) {
      ObjectNode whole = mapper.createObjectNode();
      whole.put("id", item.id() == null ? firstId : item.id());
      whole.set("error", item.error());
      RpcResponse.result(whole, firstId, method); // throws the node's error
    }
    if (index < 0 || index >= calls.size()) {
      if (calls.size() == 1) {
        throw RpcJson.malformed(
            "the answer to " + method + " has id " + item.id() + ", not " + firstId);
      }
      return; // an answer to no call of this batch: ignored, as by the tree-based batch
    }
    if (!item.hasResult()) {
      throw RpcJson.malformed("the answer to " + method + " has neither result nor error");
    }
    results[(int) index] = item.result();
    seen[(int) index] = true;
  }
}
