package io.abacus.wallet.rpc;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;

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
    } catch (SSLException e) {
      throw new IOException(tlsRefusal(e), e);
    }
  }

  /**
   * What a user can act on, instead of the JDK's "PKIX path building failed:
   * sun.security.provider.certpath.SunCertPathBuilderException: ..." (a private consortium node
   * with its own authority is the usual case).
   */
  static String tlsRefusal(SSLException e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && chain.size() < 16; t = t.getCause()) {
      chain.add(t);
    }
    if (chain.stream()
        .anyMatch(
            t ->
                t instanceof CertificateExpiredException
                    || t instanceof CertificateNotYetValidException)) {
      return "its TLS certificate is outside its validity dates";
    }
    if (chain.stream()
        .anyMatch(
            t ->
                t instanceof CertificateException
                    && (String.valueOf(t.getMessage()).startsWith("No subject alternative")
                        || String.valueOf(t.getMessage()).startsWith("No name matching")))) {
      return "its TLS certificate is for another host name";
    }
    if (chain.stream()
        .anyMatch(
            t ->
                t instanceof CertPathBuilderException || t instanceof CertPathValidatorException)) {
      return "its TLS certificate is not trusted by this computer (self-signed, or from an"
          + " authority that is not in Java's trust store)";
    }
    return "the TLS handshake failed (" + firstLine(e.getMessage()) + ")";
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message).strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }

  @Override
  public void close() {
    // the JDK 17 HttpClient has no close; its idle connections time out by themselves
  }
}
