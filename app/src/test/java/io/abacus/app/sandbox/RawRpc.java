package io.abacus.app.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Independent JSON-RPC calls for tests, so assertions do not go through the code under test. */
public final class RawRpc {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String url;
  private final HttpClient http = HttpClient.newHttpClient();

  public RawRpc(String url) {
    this.url = url;
  }

  public JsonNode call(String method, Object... params) throws Exception {
    ObjectNode req = JSON.createObjectNode();
    req.put("jsonrpc", "2.0").put("id", 1).put("method", method);
    var array = req.putArray("params");
    for (Object p : params) {
      array.add(JSON.valueToTree(p));
    }
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(req.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(r.body());
    if (body.hasNonNull("error")) {
      throw new IllegalStateException(method + ": " + body.get("error"));
    }
    return body.get("result");
  }

  public BigInteger quantity(String method, Object... params) throws Exception {
    return new BigInteger(call(method, params).asText().substring(2), 16);
  }

  public BigInteger balance(String address) throws Exception {
    return quantity("eth_getBalance", address, "latest");
  }

  /** eth_call returning the raw hex. */
  public String ethCall(String to, String data) throws Exception {
    return call("eth_call", Map.of("to", to, "data", data), "latest").asText();
  }
}
