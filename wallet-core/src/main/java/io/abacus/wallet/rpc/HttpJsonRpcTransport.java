package io.abacus.wallet.rpc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The one HTTP transport of the node layer: a connect timeout, a per-request timeout, an optional
 * {@code Authorization} header, no redirects, kept-alive connections. {@code http://} goes over
 * plain sockets ({@link PlainHttpExchange}: no {@code java.net.http}, no JSSE, see decision 0012),
 * {@code https://} through {@code java.net.http} with TLS verified by the JDK's trust store. A
 * {@code user:password@} part of the URL is sent as HTTP Basic authentication, never printed; the
 * query is sent but never printed either ({@link Endpoints}). Each call is one attempt; retries
 * belong to {@link JsonRpcClient}. An interrupt of the calling thread abandons the request.
 */
public final class HttpJsonRpcTransport implements JsonRpcTransport {
  private final URI uri;
  private final HttpExchange exchange;
  private final Duration requestTimeout;

  /**
   * @param uri the node's HTTP(S) endpoint
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for an answer
   * @param authorization the {@code Authorization} header value, if the node needs one
   * @throws IllegalArgumentException if {@code uri} is not an http(s) URL with a host, or the
   *     header value is not one line
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
    this.requestTimeout = requestTimeout;
    Optional<String> auth =
        authorization
            .filter(a -> !a.isBlank())
            .or(
                () ->
                    Optional.ofNullable(uri.getUserInfo())
                        .map(u -> "Basic " + Base64.getEncoder().encodeToString(utf8(u))));
    if (auth.filter(a -> a.indexOf('\r') >= 0 || a.indexOf('\n') >= 0).isPresent()) {
      throw new IllegalArgumentException("the node's authentication header must be one line");
    }
    URI target = withoutUserInfo(uri);
    this.exchange =
        scheme.equals("http")
            ? new PlainHttpExchange(target, connectTimeout, requestTimeout, auth)
            : new JdkHttpExchange(target, connectTimeout, requestTimeout, auth);
  }

  /** 10 s to connect, 30 s per request, no authentication. */
  public static HttpJsonRpcTransport of(String url) {
    return new HttpJsonRpcTransport(
        URI.create(url), Duration.ofSeconds(10), Duration.ofSeconds(30), Optional.empty());
  }

  @Override
  public String send(String requestJson) {
    HttpAnswerReader.Answer answer = exchange(requestJson);
    return checked(answer.status(), new String(answer.body(), StandardCharsets.UTF_8));
  }

  @Override
  public byte[] sendForBytes(String requestJson) {
    HttpAnswerReader.Answer answer = exchange(requestJson);
    if (answer.status() / 100 == 2) {
      return answer.body();
    }
    String body = new String(answer.body(), StandardCharsets.UTF_8);
    return checked(answer.status(), body).getBytes(StandardCharsets.UTF_8);
  }

  private HttpAnswerReader.Answer exchange(String requestJson) {
    try {
      return exchange.post(requestJson.getBytes(StandardCharsets.UTF_8));
    } catch (SocketTimeoutException e) {
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

  /** Closes the idle kept-alive connections. */
  @Override
  public void close() {
    exchange.close();
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
