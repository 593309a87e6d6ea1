package io.abacus.wallet.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one JSON-RPC 2.0 client: single calls and batches over a {@link JsonRpcTransport}, answers
 * checked for shape, calls that are safe to repeat retried by the {@link RetryPolicy}. Thread-safe.
 */
public final class JsonRpcClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcClient.class);
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonRpcTransport transport;
  private final RetryPolicy retry;
  private final AtomicLong ids = new AtomicLong();

  /** One call of a batch. */
  public record Call(String method, List<Object> params) {
    public Call {
      params = List.copyOf(params);
    }

    public static Call of(String method, Object... params) {
      return new Call(method, List.of(params));
    }
  }

  public JsonRpcClient(JsonRpcTransport transport, RetryPolicy retry) {
    this.transport = transport;
    this.retry = retry;
  }

  /** The endpoint, for messages (never with credentials). */
  public String endpoint() {
    return transport.endpoint();
  }

  /**
   * Calls one method with {@code params} (each converted to JSON) and returns its {@code result}
   * (may be JSON null).
   */
  public JsonNode call(String method, Object... params) {
    Call call = Call.of(method, params);
    return withRetry(
        RetryPolicy.isSafeToRepeat(method),
        () -> {
          long id = ids.incrementAndGet();
          JsonNode answer = exchange(requestJson(List.of(call), id, false), method);
          if (answer.isArray()) {
            throw RpcJson.malformed("the answer to " + method + " is a list, not an object");
          }
          return RpcResponse.result(answer, id, method);
        });
  }

  /**
   * Sends the calls as one batch and returns their results in the order of {@code calls}.
   *
   * @throws RpcException {@link RpcException.Kind#BATCH_TOO_LARGE} when the node refuses the batch
   *     as a whole; {@link RpcException.Kind#NODE_ERROR} when one call fails
   */
  public List<JsonNode> batch(List<Call> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    boolean safe = calls.stream().allMatch(c -> RetryPolicy.isSafeToRepeat(c.method()));
    return withRetry(safe, () -> sendBatch(calls));
  }

  /** Reads one call's result straight from the answer's bytes (see {@link #batchStreamed}). */
  @FunctionalInterface
  public interface ResultReader<T> {
    /**
     * Reads the value that comes next in {@code in} (never JSON null: that result is null without a
     * call), all of it and nothing after it.
     *
     * @throws java.io.IOException when the JSON is malformed ({@link JsonCursor.SyntaxError})
     * @throws RuntimeException when the value is not what the call answers
     */
    T read(JsonCursor in) throws java.io.IOException;
  }

  /**
   * Like {@link #batch} (one call goes as a single request, not a batch of one), but reads each
   * result with {@code reader} straight from the answer's bytes, without building a tree of the
   * whole answer: for large answers such as blocks and receipts. A JSON null result is null in the
   * list.
   */
  public <T> List<T> batchStreamed(List<Call> calls, ResultReader<T> reader) {
    if (calls.isEmpty()) {
      return List.of();
    }
    boolean safe = calls.stream().allMatch(c -> RetryPolicy.isSafeToRepeat(c.method()));
    return withRetry(
        safe,
        () -> {
          long firstId = ids.getAndAdd(calls.size()) + 1;
          String what = calls.get(0).method() + " batch of " + calls.size();
          boolean single = calls.size() == 1;
          byte[] answer = transport.sendForBytes(requestJson(calls, firstId, !single));
          return StreamedBatch.read(
              mapper, answer, single, firstId, calls, reader, what, endpoint());
        });
  }

  /** The answer to one call of {@link #batchEach}: its result, or the node's error for it. */
  public record Answer(JsonNode result, RpcException error) {
    /** True if the node answered this call with an error (a reverted {@code eth_call}, say). */
    public boolean failed() {
      return error != null;
    }
  }

  /**
   * Sends the calls as one batch and returns each call's result or the node's error for it, in the
   * order of {@code calls}: one failing call does not fail the others (reading many contracts, some
   * of which revert).
   *
   * @throws RpcException when the batch as a whole fails (unreachable, refused, malformed)
   */
  public List<Answer> batchEach(List<Call> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    boolean safe = calls.stream().allMatch(c -> RetryPolicy.isSafeToRepeat(c.method()));
    return withRetry(
        safe,
        () -> {
          List<Answer> answers = new ArrayList<>(calls.size());
          for (Object item : sendBatch(calls, true)) {
            answers.add(
                item instanceof RpcException e
                    ? new Answer(null, e)
                    : new Answer((JsonNode) item, null));
          }
          return answers;
        });
  }

  private List<JsonNode> sendBatch(List<Call> calls) {
    List<JsonNode> results = new ArrayList<>(calls.size());
    for (Object item : sendBatch(calls, false)) {
      results.add((JsonNode) item);
    }
    return results;
  }

  /** Each call's result, or with {@code eachError} the node's {@link RpcException} for it. */
  private List<Object> sendBatch(List<Call> calls, boolean eachError) {
    long firstId = ids.getAndAdd(calls.size()) + 1;
    String what = calls.get(0).method() + " batch of " + calls.size();
    JsonNode answer = exchange(requestJson(calls, firstId, true), what);
    if (answer.isObject()) {
      throw RpcResponse.batchRefused(answer, calls.size());
    }
    Map<Long, JsonNode> byId = new HashMap<>();
    for (JsonNode item : answer) {
      JsonNode id = item.get("id");
      if (id == null || !id.canConvertToLong()) {
        if (item.has("error")) {
          throw RpcResponse.batchRefused(item, calls.size());
        }
        throw RpcJson.malformed("an answer in the " + what + " has no numeric id");
      }
      byId.put(id.asLong(), item);
    }
    if (answer.size() < calls.size()) {
      throw new RpcException(
          RpcException.Kind.BATCH_TOO_LARGE,
          "the node answered " + answer.size() + " of " + calls.size() + " batched calls");
    }
    List<Object> results = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      JsonNode item = byId.get(firstId + i);
      if (item == null) {
        throw RpcJson.malformed("the " + what + " has no answer for id " + (firstId + i));
      }
      try {
        results.add(RpcResponse.result(item, firstId + i, calls.get(i).method()));
      } catch (RpcException e) {
        if (!eachError || e.kind() != RpcException.Kind.NODE_ERROR) {
          throw e;
        }
        results.add(e);
      }
    }
    return results;
  }

  /**
   * The request text for {@code calls} with ids from {@code firstId}: one object, or with {@code
   * batch} an array of them. Written with Jackson's streaming generator (no tree per request);
   * strings, booleans, whole numbers and null directly, other parameters (call objects, filters)
   * through the mapper.
   */
  private String requestJson(List<Call> calls, long firstId, boolean batch) {
    StringWriter text = new StringWriter(64 + 96 * calls.size());
    try (JsonGenerator g = mapper.getFactory().createGenerator(text)) {
      if (batch) {
        g.writeStartArray();
      }
      for (int i = 0; i < calls.size(); i++) {
        Call call = calls.get(i);
        g.writeStartObject();
        g.writeStringField("jsonrpc", "2.0");
        g.writeNumberField("id", firstId + i);
        g.writeStringField("method", call.method());
        g.writeArrayFieldStart("params");
        for (Object param : call.params()) {
          writeParam(g, param);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      if (batch) {
        g.writeEndArray();
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "a parameter of " + calls.get(0).method() + " is not JSON", e);
    }
    return text.toString();
  }

  private void writeParam(JsonGenerator g, Object param) throws IOException {
    if (param instanceof String s) {
      g.writeString(s);
    } else if (param instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (param instanceof Long || param instanceof Integer) {
      g.writeNumber(((Number) param).longValue());
    } else {
      mapper.writeValue(g, param);
    }
  }

  /** Sends {@code request}; the answer is a JSON object or array, else MALFORMED_RESPONSE. */
  private JsonNode exchange(String request, String what) {
    String body = transport.send(request);
    JsonNode answer;
    try {
      answer = body == null || body.isBlank() ? null : mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw RpcJson.malformed(
          "the answer to "
              + what
              + " from "
              + transport.endpoint()
              + " is not JSON: "
              + RpcJson.abbreviate(body.strip()));
    }
    if (answer == null || !(answer.isObject() || answer.isArray())) {
      throw RpcJson.malformed(
          "the answer to " + what + " from " + transport.endpoint() + " is empty or not JSON-RPC");
    }
    return answer;
  }

  private <T> T withRetry(boolean safe, Supplier<T> attempt) {
    int attempts = safe ? retry.attempts() : 1;
    for (int n = 1; ; n++) {
      try {
        return attempt.get();
      } catch (RpcException e) {
        if (!e.isTransient() || n >= attempts) {
          throw e;
        }
        LOG.warn(
            "{} (attempt {} of {}); asking {} again in {} ms",
            e.getMessage(),
            n,
            attempts,
            endpoint(),
            retry.backoff(n).toMillis());
      }
      try {
        retry.sleeper().sleep(retry.backoff(n));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RpcException(RpcException.Kind.UNREACHABLE, "interrupted while retrying", e);
      }
    }
  }

  @Override
  public void close() {
    transport.close();
  }
}
