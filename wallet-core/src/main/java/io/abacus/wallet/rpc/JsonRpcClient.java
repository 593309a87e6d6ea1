package io.abacus.wallet.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  private final JsonRpcTransport transport;
  private final RetryPolicy retry;
  private final AtomicLong ids = new AtomicLong();
  // Made on first need: the small calls of `abacus index` and the block reads write their requests
  // as text and read their answers with a JsonCursor, so databind (about 400 classes) never loads.
  private volatile ObjectMapper mapper;

  /**
   * The logger, made on the first retry: SLF4J's set-up (its provider lookup, configuration and log
   * file) is about 15 ms of CPU that a short command whose node answers never needs.
   */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(JsonRpcClient.class);
  }

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
   * Calls one method and reads its {@code result} with {@code reader} straight from the answer's
   * bytes (no tree, no object mapper): for the small questions asked on every start, such as {@code
   * eth_chainId}. Retried as {@link #call} is.
   *
   * @return what {@code reader} read, or null when the result is JSON null
   */
  public <T> T callStreamed(String method, ResultReader<T> reader, Object... params) {
    return batchStreamed(List.of(Call.of(method, params)), reader).get(0);
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
          @SuppressWarnings("unchecked")
          List<T> results = (List<T>) streamed(calls, reader, false);
          return results;
        });
  }

  /** Each call's result read by {@code reader}, or with {@code eachError} the node's error. */
  private List<Object> streamed(List<Call> calls, ResultReader<?> reader, boolean eachError) {
    long firstId = ids.getAndAdd(calls.size()) + 1;
    String what = calls.get(0).method() + " batch of " + calls.size();
    boolean single = calls.size() == 1;
    byte[] answer = transport.sendForBytes(requestJson(calls, firstId, !single));
    return StreamedBatch.read(answer, single, firstId, calls, reader, eachError, what, endpoint());
  }

  /** The answer to one call of {@link #batchEach}: its result, or the node's error for it. */
  public record Answer<T>(T result, RpcException error) {
    /** True if the node answered this call with an error (a reverted {@code eth_call}, say). */
    public boolean failed() {
      return error != null;
    }
  }

  /**
   * Sends the calls as one batch (one call as a single request) and returns each call's result,
   * read by {@code reader} straight from the answer's bytes (null for JSON null), or the node's
   * error for it, in the order of {@code calls}: one failing call does not fail the others (reading
   * many contracts, some of which revert).
   *
   * @throws RpcException when the batch as a whole fails (unreachable, refused, malformed)
   */
  public <T> List<Answer<T>> batchEach(List<Call> calls, ResultReader<T> reader) {
    if (calls.isEmpty()) {
      return List.of();
    }
    boolean safe = calls.stream().allMatch(c -> RetryPolicy.isSafeToRepeat(c.method()));
    return withRetry(
        safe,
        () -> {
          List<Answer<T>> answers = new ArrayList<>(calls.size());
          for (Object item : streamed(calls, reader, true)) {
            @SuppressWarnings("unchecked")
            T result = item instanceof RpcException ? null : (T) item;
            answers.add(new Answer<>(result, item instanceof RpcException e ? e : null));
          }
          return answers;
        });
  }

  private List<JsonNode> sendBatch(List<Call> calls) {
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
    List<JsonNode> results = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      JsonNode item = byId.get(firstId + i);
      if (item == null) {
        throw RpcJson.malformed("the " + what + " has no answer for id " + (firstId + i));
      }
      results.add(RpcResponse.result(item, firstId + i, calls.get(i).method()));
    }
    return results;
  }

  /**
   * The request text for {@code calls} with ids from {@code firstId}: one object, or with {@code
   * batch} an array of them; parameters {@link RequestText} cannot write go through the mapper.
   */
  private String requestJson(List<Call> calls, long firstId, boolean batch) {
    return RequestText.of(calls, firstId, batch, param -> paramJson(calls.get(0).method(), param));
  }

  private String paramJson(String method, Object param) {
    try {
      return mapper().writeValueAsString(param);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a parameter of " + method + " is not JSON", e);
    }
  }

  /** The object mapper, made on first use (trees, parameters other than plain values). */
  private ObjectMapper mapper() {
    ObjectMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          m = new ObjectMapper();
          mapper = m;
        }
      }
    }
    return m;
  }

  /** Sends {@code request}; the answer is a JSON object or array, else MALFORMED_RESPONSE. */
  private JsonNode exchange(String request, String what) {
    String body = transport.send(request);
    JsonNode answer;
    try {
      answer = body == null || body.isBlank() ? null : mapper().readTree(body);
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
        Log.LOG.warn(
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
