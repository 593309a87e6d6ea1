package io.abacus.wallet.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code https://} nodes over real TLS on loopback: a node whose certificate the computer trusts
 * answers (with Basic authentication sent inside TLS); one whose certificate is self-signed, for
 * another host is refused with one line a user can act on, never the JDK's "PKIX path building
 * failed: sun.security..." and never the password. The certificates are made by the JDK's keytool
 * in a temp folder; the JVM's default TLS context is set only around the calls that must trust the
 * test authority and restored after.
 */
class HttpsTransportTest {
  private static final String PASSWORD = "changeit";
  private static final String ANSWER = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x7a69\"}";

  @TempDir static Path certs;
  private static KeyStore localhost;
  private static KeyStore otherHost;

  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private HttpsServer server;

  @BeforeAll
  static void makeCertificates() throws Exception {
    localhost = keytool("localhost", "SAN=ip:127.0.0.1,dns:localhost");
    otherHost = keytool("other", "SAN=dns:node.example");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void aTrustedNodeAnswersOverTlsWithItsCredentials() throws Exception {
    String url = "https://reader:s3cret-pass@127.0.0.1:" + serve(localhost) + "/rpc";
    String answer = trusting(localhost, () -> transport(url).send(request()));
    assertThat(answer).isEqualTo(ANSWER);
    assertThat(authorizations).containsExactly("Basic cmVhZGVyOnMzY3JldC1wYXNz");
  }

  @Test
  void aSelfSignedNodeIsRefusedInOneLine() throws Exception {
    String url = "https://reader:s3cret-pass@127.0.0.1:" + serve(localhost) + "/rpc";
    RpcException e = refused(() -> transport(url).send(request()));
    assertThat(e.getMessage())
        .isEqualTo(
            "connection to the node at https://127.0.0.1:"
                + server.getAddress().getPort()
                + "/rpc failed: its TLS certificate is not trusted by this computer (self-signed,"
                + " or from an authority that is not in Java's trust store)");
    assertThat(authorizations).isEmpty();
  }

  @Test
  void aCertificateForAnotherHostIsRefusedInOneLine() throws Exception {
    String url = "https://127.0.0.1:" + serve(otherHost) + "/";
    RpcException e = trusting(otherHost, () -> refused(() -> transport(url).send(request())));
    assertThat(e.getMessage()).endsWith("failed: its TLS certificate is for another host name");
  }

  /**
   * The JDK does not check a trusted self-signed certificate's dates (it is its own trust anchor),
   * so an expired node certificate needs an authority; the words are checked on the chain the JDK
   * builds for it: SSLHandshakeException, then ValidatorException, then the expiry.
   */
  @Test
  void anExpiredCertificateIsNamedAsSuch() {
    SSLHandshakeException handshake = new SSLHandshakeException("PKIX path validation failed");
    CertificateException validator = new CertificateException("PKIX path validation failed");
    validator.initCause(new CertificateExpiredException("NotAfter: Sat Nov 01 00:00:00 UTC 2026"));
    handshake.initCause(validator);
    assertThat(JdkHttpExchange.tlsRefusal(handshake))
        .isEqualTo("its TLS certificate is outside its validity dates");
    assertThat(JdkHttpExchange.tlsRefusal(new SSLHandshakeException("Received fatal alert\nx")))
        .isEqualTo("the TLS handshake failed (Received fatal alert)");
  }

  private static RpcException refused(Runnable call) {
    RpcException e = catchThrowableOfType(call::run, RpcException.class);
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(RpcException.Kind.UNREACHABLE);
    assertThat(e.getMessage()).doesNotContain("\n", "sun.security", "PKIX", "s3cret", "reader");
    return e;
  }

  private int serve(KeyStore keys) throws Exception {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, PASSWORD.toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext(
        "/",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          if (auth != null) {
            authorizations.add(auth);
          }
          exchange.getRequestBody().readAllBytes();
          byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    return server.getAddress().getPort();
  }

  private static HttpJsonRpcTransport transport(String url) {
    return new HttpJsonRpcTransport(
        java.net.URI.create(url), Duration.ofSeconds(5), Duration.ofSeconds(10), Optional.empty());
  }

  private static String request() {
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}";
  }

  /**
   * Runs {@code call} with the JVM's default TLS context trusting only {@code keys}' certificate.
   */
  private static <T> T trusting(KeyStore keys, Call<T> call) throws Exception {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(keys);
    SSLContext trusting = SSLContext.getInstance("TLS");
    trusting.init(null, tmf.getTrustManagers(), null);
    SSLContext before = SSLContext.getDefault();
    SSLContext.setDefault(trusting);
    try {
      return call.run();
    } finally {
      SSLContext.setDefault(before);
    }
  }

  @FunctionalInterface
  private interface Call<T> {
    T run() throws Exception;
  }

  /** A PKCS12 key store with one EC key and its self-signed certificate, made by keytool. */
  private static KeyStore keytool(String name, String extension) throws Exception {
    Path file = certs.resolve(name + ".p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command =
        List.of(
            keytool.toString(),
            "-J-XX:TieredStopAtLevel=1",
            "-genkeypair",
            "-alias",
            name,
            "-keyalg",
            "EC",
            "-groupname",
            "secp256r1",
            "-dname",
            "CN=" + name,
            "-ext",
            extension,
            "-validity",
            "2",
            "-storetype",
            "PKCS12",
            "-keystore",
            file.toString(),
            "-storepass",
            PASSWORD,
            "-keypass",
            PASSWORD);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(file.toFile())) {
      store.load(in, PASSWORD.toCharArray());
    }
    return store;
  }
}
