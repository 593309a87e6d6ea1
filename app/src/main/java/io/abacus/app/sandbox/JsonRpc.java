package io.abacus.app.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small JSON-RPC 2.0 client over HTTP for the local Sandbox node, with batches. */
final class JsonRpc {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final URI endpoint;
  private final HttpClient http;
  private final Duration timeout;
  private long nextId = 1;

  /** One call of a batch. */
  record Call(String method, List<Object> params) {
    static Call of(String method, Object... params) {
      return new Call(method, List.of(params));
    }
  }

  JsonRpc(String url, Duration timeout) {
    this.endpoint = URI.create(url);
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  String url() {
    return endpoint.toString();
  }

  /** Calls one method; a JSON-RPC error or an unreachable node throws {@link SandboxException}. */
  JsonNode call(String method, Object... params) {
    return batch(List.of(Call.of(method, params))).get(0);
  }

  /** Sends all calls in one HTTP request; returns the results in call order. */
  synchronized List<JsonNode> batch(List<Call> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    ArrayNode body = JSON.createArrayNode();
    long firstId = nextId;
    for (Call c : calls) {
      ObjectNode request = body.addObject();
      request.put("jsonrpc", "2.0");
      request.put("id", nextId++);
      request.put("method", c.method());
      ArrayNode params = request.putArray("params");
      c.params().forEach(p -> params.add(JSON.valueToTree(p)));
    }
    JsonNode response = post(body, calls.get(0).method());
    if (!response.isArray()) {
      throw new SandboxException("the Sandbox node answered a batch with " + brief(response));
    }
    Map<Long, JsonNode> byId = new HashMap<>();
    response.forEach(r -> byId.put(r.path("id").asLong(), r));
    List<JsonNode> results = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      JsonNode r = byId.get(firstId + i);
      String method = calls.get(i).method();
      if (r == null) {
        throw new SandboxException("the Sandbox node did not answer " + method);
      }
      if (r.hasNonNull("error")) {
        throw new SandboxException(
            method + " failed on the Sandbox node: " + r.get("error").path("message").asText());
      }
      results.add(r.get("result"));
    }
    return results;
  }

  private JsonNode post(JsonNode body, String what) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(endpoint)
              .timeout(timeout)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
              .build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new SandboxException(
            "the Sandbox node at " + endpoint + " answered HTTP " + response.statusCode());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new SandboxException(
          "cannot reach the Sandbox node at "
              + endpoint
              + " ("
              + what
              + "): "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SandboxException("interrupted while calling the Sandbox node", e);
    }
  }

  private static String brief(JsonNode node) {
    String s = node.toString();
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
