package io.abacus.wallet.rpc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a batch answer straight from its bytes with a {@link JsonCursor}: each result goes through
 * the caller's {@link JsonRpcClient.ResultReader}, the node's errors through {@link NodeError}; no
 * tree is built and no object mapper is needed. Same checks and messages as the tree-based batch of
 * {@link JsonRpcClient}.
 */
final class StreamedBatch {
  private StreamedBatch() {}

  /** One answer object: its id (null if not a number), error (null if none) and result. */
  private record Item(Long id, NodeError error, Object result, boolean hasResult) {}

  /**
   * Reads the answer to {@code calls}, sent as a batch, or with {@code single} as one request
   * object (then the answer is one object too).
   *
   * @param eachError with true, a call the node answers with an error has its {@link RpcException}
   *     in its place instead of failing the batch
   * @return each call's result (null for JSON null), in the order of {@code calls}
   */
  static List<Object> read(
      byte[] body,
      boolean single,
      long firstId,
      List<JsonRpcClient.Call> calls,
      JsonRpcClient.ResultReader<?> reader,
      boolean eachError,
      String what,
      String endpoint) {
    if (body == null || body.length == 0) {
      throw RpcJson.malformed(
          "the answer to " + what + " from " + endpoint + " is empty or not JSON-RPC");
    }
    JsonCursor in = new JsonCursor(body);
    Answers answers = new Answers(firstId, calls, eachError);
    try {
      int first = in.peek();
      if (single && first == '{') {
        in.tryObject();
        answers.place(item(in, reader));
        return answers.list();
      }
      if (first == '{') {
        throw refused(in.rawValue(), calls.size());
      }
      if (first != '[') {
        if (first != -1 && "\"-0123456789tfn".indexOf(first) < 0) {
          in.skipValue(); // names the stray byte
        }
        throw RpcJson.malformed(
            "the answer to " + what + " from " + endpoint + " is empty or not JSON-RPC");
      }
      items(in, answers, reader, what);
      return answers.list();
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

  private static void items(
      JsonCursor in, Answers answers, JsonRpcClient.ResultReader<?> reader, String what)
      throws IOException {
    int n = answers.calls.size();
    int answered = 0;
    in.tryArray();
    while (in.nextElement()) {
      if (!in.tryObject()) {
        throw RpcJson.malformed("an answer in the " + what + " is not a JSON-RPC object");
      }
      answered++;
      Item item = item(in, reader);
      if (item.id() == null) {
        if (item.error() != null) {
          throw RpcResponse.batchRefused(n, item.error().message(), item.error().code());
        }
        throw RpcJson.malformed("an answer in the " + what + " has no numeric id");
      }
      answers.place(item);
    }
    if (answered < n) {
      throw new RpcException(
          RpcException.Kind.BATCH_TOO_LARGE,
          "the node answered " + answered + " of " + n + " batched calls");
    }
    answers.checkAll(what);
  }

  /** An object answering the whole batch, given as its JSON text: the batch is refused. */
  private static RpcException refused(String whole, int size) throws IOException {
    JsonCursor in = new JsonCursor(whole.getBytes(StandardCharsets.UTF_8));
    in.tryObject();
    while (in.nextField()) {
      if ("error".equals(in.fieldName())) {
        NodeError error = NodeError.read(in);
        if (error != null) {
          return RpcResponse.batchRefused(size, error.message(), error.code());
        }
      } else {
        in.skipValue();
      }
    }
    return RpcResponse.batchRefused(size, whole, 0);
  }

  private static final JsonCursor.Names ITEM = new JsonCursor.Names("id", "error", "result");

  /** Reads one answer object; the cursor is inside it (its {@code {} consumed). */
  private static Item item(JsonCursor in, JsonRpcClient.ResultReader<?> reader) throws IOException {
    Long id = null;
    NodeError error = null;
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
        case 1 -> error = NodeError.read(in);
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

  /** The results of one batch, put in their calls' places as the answers come. */
  private static final class Answers {
    private final long firstId;
    private final List<JsonRpcClient.Call> calls;
    private final boolean eachError;
    private final Object[] results;
    private final boolean[] seen;

    Answers(long firstId, List<JsonRpcClient.Call> calls, boolean eachError) {
      this.firstId = firstId;
      this.calls = calls;
      this.eachError = eachError;
      this.results = new Object[calls.size()];
      this.seen = new boolean[calls.size()];
    }

    /** Puts an answer in its call's place; throws the node's error for it unless kept. */
    void place(Item item) {
      long index = item.id() == null ? -1 : item.id() - firstId;
      boolean known = index >= 0 && index < calls.size();
      String method = calls.get(known ? (int) index : 0).method();
      if (item.error() != null) {
        RpcException e = item.error().forMethod(method);
        if (!eachError || !known) {
          throw e;
        }
        results[(int) index] = e;
        seen[(int) index] = true;
        return;
      }
      if (!known) {
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

    void checkAll(String what) {
      for (int i = 0; i < seen.length; i++) {
        if (!seen[i]) {
          throw RpcJson.malformed("the " + what + " has no answer for id " + (firstId + i));
        }
      }
    }

    List<Object> list() {
      return new ArrayList<>(Arrays.asList(results));
    }
  }
}
