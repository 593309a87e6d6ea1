package io.abacus.explorer.rpc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RpcTransport} over HTTP(S) with {@code java.net.http}: a connect timeout, a per-request
 * timeout and an optional authorization header for permissioned nodes.
 */
public final class HttpRpcTransport implements RpcTransport {
  private final URI endpoint;
  private final Duration requestTimeout;
  private final Optional<Header> authHeader;
  private final HttpClient http;

  /** An HTTP header; its value is never printed. */
  public record Header(String name, String value) {
    public Header {
      Objects.requireNonNull(name);
      Objects.requireNonNull(value);
    }

    /** Parses {@code "Name: value"}. */
    public static Header parse(String text) {
      int colon = text.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("a header is written 'Name: value'");
      }
      return new Header(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    @Override
    public String toString() {
      return name + ": <redacted>";
    }
  }

  /**
   * @param endpoint the node's http or https URL
   * @param requestTimeout how long one request may take
   * @param authHeader sent with every request when present (e.g. {@code Authorization: Bearer ..})
   */
  public HttpRpcTransport(URI endpoint, Duration requestTimeout, Optional<Header> authHeader) {
    String scheme = String.valueOf(endpoint.getScheme()).toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "the node URL must start with http:// or https://, not '" + endpoint + "'");
    }
    this.endpoint = endpoint;
    this.requestTimeout = requestTimeout;
    this.authHeader = authHeader;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  @Override
  public String send(String requestJson) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(requestJson));
    authHeader.ifPresent(h -> request.header(h.name(), h.value()));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw e;
    } catch (ConnectException e) {
      throw new ConnectException("cannot connect to " + endpoint + " (is the node running?)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + endpoint, e);
    }
    int status = response.statusCode();
    if (status == 413) {
      throw new HttpStatusException(status, "the node refused the request as too large (HTTP 413)");
    }
    if (status == 401 || status == 403) {
      throw new HttpStatusException(
          status, "the node refused access (HTTP " + status + "); check the auth header");
    }
    if (status / 100 != 2 && !looksLikeJson(response.body())) {
      throw new HttpStatusException(status, "the node answered HTTP " + status);
    }
    return response.body();
  }

  private static boolean looksLikeJson(String body) {
    String s = body == null ? "" : body.stripLeading();
    return s.startsWith("{") || s.startsWith("[");
  }

  @Override
  public String endpoint() {
    return endpoint.toString();
  }

  /** An HTTP status that is not a JSON-RPC answer. */
  public static final class HttpStatusException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public HttpStatusException(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }
}
