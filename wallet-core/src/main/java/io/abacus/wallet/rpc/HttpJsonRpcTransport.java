package io.abacus.wallet.rpc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * JSON-RPC over HTTP(S) with {@code java.net.http}: a connect timeout, a per-request timeout and an
 * optional {@code Authorization} header for consortium nodes behind authentication. Each call is
 * one attempt; retry policy lives in {@link NodeClient}, which knows which calls are safe to
 * repeat.
 */
public final class HttpJsonRpcTransport implements JsonRpcTransport {
  private static final int MAX_BODY_CHARS = 200;

  private final URI uri;
  private final HttpClient client;
  private final Duration requestTimeout;
  private final Optional<String> authorization;

  /**
   * @param uri the node's HTTP(S) endpoint
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for an answer
   * @param authorization the {@code Authorization} header value, if the node needs one
   */
  public HttpJsonRpcTransport(
      URI uri, Duration connectTimeout, Duration requestTimeout, Optional<String> authorization) {
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new IllegalArgumentException(
          "the node URL must start with http:// or https://: " + uri);
    }
    this.uri = uri;
    this.requestTimeout = requestTimeout;
    this.authorization = authorization;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** 10 s to connect, 30 s per request, no authentication. */
  public static HttpJsonRpcTransport of(String url) {
    return new HttpJsonRpcTransport(
        URI.create(url), Duration.ofSeconds(10), Duration.ofSeconds(30), Optional.empty());
  }

  @Override
  public String send(String requestJson) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(requestJson, StandardCharsets.UTF_8));
    authorization.ifPresent(a -> request.header("Authorization", a));
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new RpcException(
          RpcException.Kind.TIMEOUT,
          "the node at "
              + endpoint()
              + " did not answer within "
              + requestTimeout.toSeconds()
              + " s",
          e);
    } catch (ConnectException e) {
      throw new RpcException(
          RpcException.Kind.UNREACHABLE,
          "cannot connect to the node at " + endpoint() + " (is it running?)",
          e);
    } catch (IOException e) {
      throw new RpcException(
          RpcException.Kind.UNREACHABLE,
          "connection to the node at " + endpoint() + " failed: " + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcException(
          RpcException.Kind.UNREACHABLE, "interrupted while waiting for the node", e);
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      String body = response.body() == null ? "" : response.body().strip();
      throw new RpcException(
          RpcException.Kind.HTTP_ERROR,
          "the node at "
              + endpoint()
              + " answered HTTP "
              + status
              + (status == 401 || status == 403 ? " (check the authentication header)" : "")
              + (body.isEmpty() ? "" : ": " + abbreviate(body)),
          status,
          null,
          null);
    }
    return response.body();
  }

  @Override
  public String endpoint() {
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
        + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }

  static String abbreviate(String s) {
    return s.length() <= MAX_BODY_CHARS ? s : s.substring(0, MAX_BODY_CHARS) + "...";
  }
}
