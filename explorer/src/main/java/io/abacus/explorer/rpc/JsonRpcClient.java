package io.abacus.explorer.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON-RPC 2.0 over an {@link RpcTransport}: single calls and batches, transport failures retried
 * with backoff, answers checked for shape. Thread-safe.
 */
public final class JsonRpcClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RpcTransport transport;
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

  public JsonRpcClient(RpcTransport transport, RetryPolicy retry) {
    this.transport = transport;
    this.retry = retry;
  }

  /** The endpoint, for messages. */
  public String endpoint() {
    return transport.endpoint();
  }

  /** Calls one method and returns its {@code result} (may be JSON null). */
  public JsonNode call(String method, Object... params) {
    Call call = Call.of(method, params);
    long id = ids.incrementAndGet();
    JsonNode answer = exchange(request(call, id), method);
    if (!answer.isObject()) {
      throw malformed(method, "expected a JSON object");
    }
    return result(answer, call, id);
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
    ArrayNode body = JSON.createArrayNode();
    long firstId = ids.getAndAdd(calls.size()) + 1;
    for (int i = 0; i < calls.size(); i++) {
      body.add(request(calls.get(i), firstId + i));
    }
    String what = calls.get(0).method() + " batch of " + calls.size();
    JsonNode answer = exchange(body, what);
    if (answer.isObject()) {
      throw batchRefused(answer, calls.size());
    }
    if (!answer.isArray()) {
      throw malformed(what, "expected a JSON array");
    }
    Map<Long, JsonNode> byId = new HashMap<>();
    for (JsonNode item : answer) {
      JsonNode id = item.get("id");
      if (id == null || !id.canConvertToLong()) {
        if (item.has("error")) {
          throw batchRefused(item, calls.size());
        }
        throw malformed(what, "an answer has no numeric id");
      }
      byId.put(id.asLong(), item);
    }
    if (byId.size() < calls.size() && answer.size() < calls.size()) {
      throw new RpcException(
          RpcException.Kind.BATCH_TOO_LARGE,
          "the node answered " + answer.size() + " of " + calls.size() + " batched calls");
    }
    List<JsonNode> results = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      JsonNode item = byId.get(firstId + i);
      if (item == null) {
        throw malformed(what, "no answer for id " + (firstId + i));
      }
      results.add(result(item, calls.get(i), firstId + i));
    }
    return results;
  }

  private static ObjectNode request(Call call, long id) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", id);
    request.put("method", call.method());
    ArrayNode params = request.putArray("params");
    call.params().forEach(p -> params.add(JSON.valueToTree(p)));
    return request;
  }

  private JsonNode exchange(JsonNode request, String what) {
    String body = request.toString();
    RpcException last = null;
    for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
      try {
        String text = transport.send(body);
        try {
          return JSON.readTree(text == null ? "" : text);
        } catch (JsonProcessingException e) {
          last = malformed(what, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (text == null || text.isBlank()) {
          last = malformed(what, "an empty answer");
        }
      } catch (HttpRpcTransport.HttpStatusException e) {
        if (e.status() == 413) {
          throw new RpcException(RpcException.Kind.BATCH_TOO_LARGE, e.getMessage(), e);
        }
        last = new RpcException(RpcException.Kind.UNREACHABLE, describe(e), e);
      } catch (HttpTimeoutException e) {
        last =
            new RpcException(
                RpcException.Kind.TIMEOUT,
                "the node at " + transport.endpoint() + " did not answer " + what + " in time",
                e);
      } catch (IOException e) {
        last = new RpcException(RpcException.Kind.UNREACHABLE, describe(e), e);
      }
      if (attempt < retry.attempts()) {
        pause(attempt);
      }
    }
    throw last;
  }

  private String describe(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "node " + transport.endpoint() + " failed: " + message;
  }

  private void pause(int attempt) {
    try {
      retry.sleeper().sleep(retry.backoff(attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcException(RpcException.Kind.UNREACHABLE, "interrupted while retrying", e);
    }
  }

  private JsonNode result(JsonNode answer, Call call, long id) {
    JsonNode error = answer.get("error");
    if (error != null && !error.isNull()) {
      long code = error.path("code").asLong(0);
      String message = error.path("message").asText(error.toString());
      throw new RpcException(
          RpcException.Kind.NODE_ERROR,
          code,
          call.method() + " failed on the node: " + message + " (code " + code + ")",
          null);
    }
    if (!answer.has("result")) {
      throw malformed(call.method(), "the answer has neither result nor error");
    }
    if (answer.path("id").asLong(-1) != id) {
      throw malformed(call.method(), "the answer is for another request id");
    }
    return answer.get("result");
  }

  private static RpcException batchRefused(JsonNode answer, int size) {
    String message = answer.path("error").path("message").asText(answer.toString());
    return new RpcException(
        RpcException.Kind.BATCH_TOO_LARGE,
        answer.path("error").path("code").asLong(0),
        "the node refused a batch of " + size + ": " + message,
        null);
  }

  private RpcException malformed(String what, String why) {
    return new RpcException(
        RpcException.Kind.MALFORMED,
        "the node at " + transport.endpoint() + " sent a malformed answer to " + what + ": " + why);
  }

  @Override
  public void close() {
    transport.close();
  }
}
