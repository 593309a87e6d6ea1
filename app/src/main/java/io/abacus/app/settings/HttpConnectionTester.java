package io.abacus.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.wallet.network.Network;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks the network's own node for {@code eth_chainId} over HTTP, with a short timeout. */
public final class HttpConnectionTester implements ConnectionTester {
  private static final String REQUEST =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}";
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Duration timeout;

  public HttpConnectionTester(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public long chainId(Network network) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(network.rpcUrl()))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(REQUEST));
    network.auth().ifPresent(a -> request.header("Authorization", a));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.net.http.HttpTimeoutException e) {
      throw new IOException("the node did not answer within " + timeout.toSeconds() + " s", e);
    } catch (java.net.ConnectException e) {
      throw new IOException("nothing is listening at " + network.rpcUrl(), e);
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new IOException("the node refused access (HTTP " + response.statusCode() + ")");
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException("the node answered HTTP " + response.statusCode());
    }
    JsonNode body;
    try {
      body = new ObjectMapper().readTree(response.body());
    } catch (IOException e) {
      throw new IOException("the node's answer is not JSON-RPC", e);
    }
    JsonNode result = body.path("result");
    if (!result.isTextual() || !result.asText().startsWith("0x")) {
      throw new IOException("the node's answer has no chain id: " + abbreviate(response.body()));
    }
    try {
      return Long.parseUnsignedLong(result.asText().substring(2), 16);
    } catch (NumberFormatException e) {
      throw new IOException("the node sent an invalid chain id " + result.asText(), e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }
}
