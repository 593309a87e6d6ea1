package io.abacus.wallet.rpc;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code https://} through {@code java.net.http}: TLS verified by the JDK's trust store, HTTP/1.1,
 * no redirects. Kept apart from {@link HttpJsonRpcTransport} so that a plain-HTTP node never loads
 * {@code java.net.http} or JSSE.
 */
final class JdkHttpExchange implements HttpExchange {
  private final URI target;
  private final HttpClient client;
  private final Duration requestTimeout;
  private final Optional<String> authorization;

  JdkHttpExchange(
      URI target,
      Duration connectTimeout,
      Duration requestTimeout,
      Optional<String> authorization) {
    this.target = target;
    this.requestTimeout = requestTimeout;
    this.authorization = authorization;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  @Override
  public HttpAnswerReader.Answer post(byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    authorization.ifPresent(a -> request.header("Authorization", a));
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      byte[] answer = response.body() == null ? new byte[0] : response.body();
      return new HttpAnswerReader.Answer(response.statusCode(), answer, true);
    } catch (HttpTimeoutException e) {
      SocketTimeoutException timeout = new SocketTimeoutException(e.getMessage());
      timeout.initCause(e);
      throw timeout;
    }
  }

  @Override
  public void close() {
    // the JDK 17 HttpClient has no close; its idle connections time out by themselves
  }
}
