package io.abacus.wallet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a batch answer straight from its bytes with a {@link JsonCursor}: each result goes through
 * the caller's {@link JsonRpcClient.ResultReader}, no tree of the whole answer is built (only a
 * node's error object is read as a tree, with the mapper {@code read} is given, made on first
 * need). Same checks and messages as the tree-based batch of {@link JsonRpcClient}.
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
      Supplier<ObjectMapper> mapper,
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
    JsonCursor in = new JsonCursor(body);
    try {
      int first = in.peek();
      if (single && first == '{') {
        Object[] results = new Object[1];
        in.tryObject();
        place(mapper, item(mapper, in, reader), firstId, calls, results, new boolean[1]);
        @SuppressWarnings("unchecked")
        T result = (T) results[0];
        List<T> one = new ArrayList<>(1);
        one.add(result);
        return one;
      }
      if (first == '{') {
        throw RpcResponse.batchRefused(mapper.get().readTree(in.rawValue()), calls.size());
      }
      if (first != '[') {
        if (first != -1 && "\"-0123456789tfn".indexOf(first) < 0) {
          in.skipValue(); // names the stray byte
        }
        throw RpcJson.malformed(
            "the answer to " + what + " from " + endpoint + " is empty or not JSON-RPC");
      }
      return items(mapper, in, firstId, calls, reader, what);
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
      Supplier<ObjectMapper> mapper,
      JsonCursor in,
      long firstId,
      List<JsonRpcClient.Call> calls,
      JsonRpcClient.ResultReader<T> reader,
      String what)
      throws IOException {
    int n = calls.size();
    Object[] results = new Object[n];
    boolean[] seen = new boolean[n];
    int answered = 0;
    in.tryArray();
    while (in.nextElement()) {
      if (!in.tryObject()) {
        throw RpcJson.malformed("an answer in the " + what + " is not a JSON-RPC object");
      }
      answered++;
      Item item = item(mapper, in, reader);
      if (item.id() == null) {
        if (item.error() != null) {
          ObjectNode whole = mapper.get().createObjectNode();
          whole.set("error", item.error());
          throw RpcResponse.batchRefused(whole, n);
        }
        throw RpcJson.malformed("an answer in the " + what + " has no numeric id");
      }
      place(mapper, item, firstId, calls, results, seen);
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

  private static final JsonCursor.Names ITEM = new JsonCursor.Names("id", "error", "result");

  /** Reads one answer object; the cursor is inside it (its {@code {} consumed). */
  private static Item item(
      Supplier<ObjectMapper> mapper, JsonCursor in, JsonRpcClient.ResultReader<?> reader)
      throws IOException {
    Long id = null;
    JsonNode error = null;
    Object result = null;
    boolean hasResult = false;
    long seen = 0;
    while (in.nextField()) {
      int k = in.field(ITEM);
      if (k < 0) {
        in.skipValue();
        continue;
      }
      seen = once(seen, k);
      switch (k) {
        case 0 -> id = in.integerOrNull();
        case 1 -> error = in.nullValue() ? null : mapper.get().readTree(in.rawValue());
        default -> {
          hasResult = true;
          result = in.nullValue() ? null : reader.read(in);
        }
      }
    }
    return new Item(id, error, result, hasResult);
  }

  private static long once(long seen, int k) {
    try {
      return ITEM.once(seen, k, "an answer");
    } catch (IllegalArgumentException e) {
      throw RpcJson.malformed(e.getMessage());
    }
  }

  /** Puts an answer in its call's place; throws the node's error for it. */
  private static void place(
      Supplier<ObjectMapper> mapper,
      Item item,
      long firstId,
      List<JsonRpcClient.Call> calls,
      Object[] results,
      boolean[] seen) {
    long index = item.id() == null ? -1 : item.id() - firstId;
    String method = calls.get(index < 0 || index >= calls.size() ? 0 : (int) index).method();
    if (item.error() != null) {
      ObjectNode whole = mapper.get().createObjectNode();
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
