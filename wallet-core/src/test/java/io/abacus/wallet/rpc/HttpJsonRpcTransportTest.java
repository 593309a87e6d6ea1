package io.abacus.wallet.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a real loopback HTTP server: slow, down, HTTP errors and the auth header. */
class HttpJsonRpcTransportTest {
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private URI serve(int status, String body, long delayMillis, AtomicReference<String> auth)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          auth.set(ex.getRequestHeaders().getFirst("Authorization"));
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] b = body.getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(status, b.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
          }
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/rpc");
  }

  @Test
  void sendsAuthHeaderAndReturnsBody() throws IOException {
    AtomicReference<String> auth = new AtomicReference<>();
    URI uri = serve(200, "{\"ok\":1}", 0, auth);
    HttpJsonRpcTransport t =
        new HttpJsonRpcTransport(
            uri, Duration.ofSeconds(5), Duration.ofSeconds(10), Optional.of("Bearer abc"));
    assertThat(t.send("{}")).isEqualTo("{\"ok\":1}");
    assertThat(auth.get()).isEqualTo("Bearer abc");
  }

  @Test
  void slowNodeTimesOut() throws IOException {
    URI uri = serve(200, "{}", 3000, new AtomicReference<>());
    HttpJsonRpcTransport t =
        new HttpJsonRpcTransport(
            uri, Duration.ofSeconds(5), Duration.ofMillis(300), Optional.empty());
    assertThatThrownBy(() -> t.send("{}"))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("did not answer within")
        .matches(e -> ((RpcException) e).kind() == RpcException.Kind.TIMEOUT);
  }

  @Test
  void httpErrorsNameTheStatus() throws IOException {
    URI uri = serve(401, "unauthorized", 0, new AtomicReference<>());
    assertThatThrownBy(() -> HttpJsonRpcTransport.of(uri.toString()).send("{}"))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("HTTP 401 (check the authentication header): unauthorized")
        .matches(e -> ((RpcException) e).kind() == RpcException.Kind.AUTH_REFUSED)
        .matches(e -> !((RpcException) e).isTransient());
  }

  @Test
  void http413MeansTheBatchIsTooLarge() throws IOException {
    URI uri = serve(413, "too large", 0, new AtomicReference<>());
    assertThatThrownBy(() -> HttpJsonRpcTransport.of(uri.toString()).send("[]"))
        .matches(e -> ((RpcException) e).kind() == RpcException.Kind.BATCH_TOO_LARGE);
  }

  @Test
  void aJsonRpcErrorSentWithAnHttpErrorStatusReachesTheClient() throws IOException {
    String error =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32000,\"message\":\"nonce too low\"}}";
    URI uri = serve(400, error, 0, new AtomicReference<>());
    assertThat(HttpJsonRpcTransport.of(uri.toString()).send("{}")).isEqualTo(error);
    stop();
    URI busy = serve(503, error, 0, new AtomicReference<>());
    assertThatThrownBy(() -> HttpJsonRpcTransport.of(busy.toString()).send("{}"))
        .matches(e -> ((RpcException) e).isTransient());
  }

  @Test
  void redirectsAreNotFollowedAndOtherSchemesRefused() throws IOException {
    URI uri = serve(307, "", 0, new AtomicReference<>());
    assertThatThrownBy(() -> HttpJsonRpcTransport.of(uri.toString()).send("{}"))
        .hasMessageContaining("HTTP 307");
    assertThatThrownBy(() -> HttpJsonRpcTransport.of("ftp://x:y@host/z?apikey=k"))
        .hasMessageContaining("http:// or https://")
        .hasMessageNotContaining("apikey")
        .hasMessageNotContaining("x:y");
  }

  @Test
  void downNodeIsUnreachable() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    assertThatThrownBy(() -> HttpJsonRpcTransport.of("http://127.0.0.1:" + port).send("{}"))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("cannot connect to the node at http://127.0.0.1:" + port)
        .matches(e -> ((RpcException) e).kind() == RpcException.Kind.UNREACHABLE);
  }
}
