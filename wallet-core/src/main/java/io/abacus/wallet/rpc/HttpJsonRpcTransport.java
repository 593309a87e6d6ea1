package io.abacus.wallet.rpc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * The one HTTP transport of the node layer ({@code java.net.http}): a connect timeout, a
 * per-request timeout, an optional {@code Authorization} header, no redirects, TLS verified by the
 * JDK's trust store. A {@code user:password@} part of the URL is sent as HTTP Basic authentication,
 * never printed; the query is sent but never printed either ({@link Endpoints}). Each call is one
 * attempt; retries belong to {@link JsonRpcClient}.
 */
public final class HttpJsonRpcTransport implements JsonRpcTransport {
  private final URI uri;
  private final URI target;
  private final HttpClient client;
  private final Duration requestTimeout;
  private final Optional<String> authorization;

  /**
   * @param uri the node's HTTP(S) endpoint
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for an answer
   * @param authorization the {@code Authorization} header value, if the node needs one
   * @throws IllegalArgumentException if {@code uri} is not an http(s) URL with a host
   */
  public HttpJsonRpcTransport(
      URI uri, Duration connectTimeout, Duration requestTimeout, Optional<String> authorization) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "the node URL must start with http:// or https:// and name a host, not '"
              + Endpoints.shown(uri)
              + "'");
    }
    this.uri = uri;
    this.target = withoutUserInfo(uri);
    this.requestTimeout = requestTimeout;
    this.authorization =
        authorization
            .filter(a -> !a.isBlank())
            .or(
                () ->
                    Optional.ofNullable(uri.getUserInfo())
                        .map(u -> "Basic " + Base64.getEncoder().encodeToString(utf8(u))));
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1);
    if (scheme.equals("http")) {
      // Plain HTTP (redirects are never followed) needs no TLS: without this the client reads and
      // parses the JDK's whole trust store, about 0.2 s of CPU at every command's start.
      builder.sslContext(withoutTls());
    }
    this.client = builder.build();
  }

  /** A TLS context that trusts nothing and reads no key or trust store. */
  private static SSLContext withoutTls() {
    try {
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(new KeyManager[0], new TrustManager[0], null);
      return tls;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no TLS implementation in this JVM", e);
    }
  }

  /** 10 s to connect, 30 s per request, no authentication. */
  public static HttpJsonRpcTransport of(String url) {
    return new HttpJsonRpcTransport(
        URI.create(url), Duration.ofSeconds(10), Duration.ofSeconds(30), Optional.empty());
  }

  @Override
  public String send(String requestJson) {
    HttpResponse<String> response = exchange(requestJson, HttpResponse.BodyHandlers.ofString());
    return checked(response.statusCode(), response.body());
  }

  @Override
  public byte[] sendForBytes(String requestJson) {
    HttpResponse<byte[]> response = exchange(requestJson, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() / 100 == 2) {
      return response.body();
    }
    String body =
        response.body() == null ? "" : new String(response.body(), StandardCharsets.UTF_8);
    return checked(response.statusCode(), body).getBytes(StandardCharsets.UTF_8);
  }

  private <T> HttpResponse<T> exchange(String requestJson, HttpResponse.BodyHandler<T> handler) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(requestJson, StandardCharsets.UTF_8));
    authorization.ifPresent(a -> request.header("Authorization", a));
    try {
      return client.send(request.build(), handler);
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
          "connection to the node at "
              + endpoint()
              + " failed: "
              + Endpoints.scrub(String.valueOf(e.getMessage()), uri));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcException(
          RpcException.Kind.UNREACHABLE, "interrupted while waiting for the node", e);
    }
  }

  private String checked(int status, String body) {
    if (status / 100 == 2) {
      return body;
    }
    String text = body == null ? "" : Endpoints.scrub(body.strip(), uri);
    String shownBody = text.isEmpty() ? "" : ": " + RpcJson.abbreviate(text);
    if (status == 401 || status == 403) {
      throw new RpcException(
          RpcException.Kind.AUTH_REFUSED,
          "the node at "
              + endpoint()
              + " answered HTTP "
              + status
              + " (check the authentication header)"
              + shownBody,
          status,
          null,
          null);
    }
    if (status == 413) {
      throw new RpcException(
          RpcException.Kind.BATCH_TOO_LARGE,
          "the node at " + endpoint() + " refused the request as too large (HTTP 413)",
          status,
          null,
          null);
    }
    if (status != 429 && status < 500 && looksLikeJsonRpc(text)) {
      return body; // a JSON-RPC error sent with an HTTP error status: let the client read it
    }
    throw new RpcException(
        RpcException.Kind.HTTP_ERROR,
        "the node at " + endpoint() + " answered HTTP " + status + shownBody,
        status,
        null,
        null);
  }

  private static boolean looksLikeJsonRpc(String body) {
    return (body.startsWith("{") || body.startsWith("[")) && body.contains("\"jsonrpc\"");
  }

  @Override
  public String endpoint() {
    return Endpoints.shown(uri);
  }

  private static URI withoutUserInfo(URI uri) {
    if (uri.getRawUserInfo() == null) {
      return uri;
    }
    try {
      return new URI(
          uri.getScheme(),
          null,
          uri.getHost(),
          uri.getPort(),
          uri.getPath(),
          uri.getQuery(),
          uri.getFragment());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the node URL is malformed", e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
