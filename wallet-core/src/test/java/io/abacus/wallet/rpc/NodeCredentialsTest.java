package io.abacus.wallet.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A node URL's {@code user:pass@} and {@code ?apikey=} are sent to the node, never printed. */
class NodeCredentialsTest {
  private static final String USER_INFO = "alice:s3cretpass";
  private static final String API_KEY = "k3y-0123456789";
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private int serve(int status, String body, AtomicReference<String> seen) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          seen.set(ex.getRequestHeaders().getFirst("Authorization") + " " + ex.getRequestURI());
          byte[] b = body.getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(status, b.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
          }
        });
    server.start();
    return server.getAddress().getPort();
  }

  private static JsonRpcClient client(String url) {
    return new JsonRpcClient(
        new HttpJsonRpcTransport(
            URI.create(url), Duration.ofSeconds(2), Duration.ofSeconds(5), Optional.empty()),
        RetryPolicy.none());
  }

  private static void assertClean(String text) {
    assertThat(text).doesNotContain("s3cretpass").doesNotContain("alice").doesNotContain(API_KEY);
  }

  @Test
  void credentialsReachTheNodeButNoMessage() throws IOException {
    AtomicReference<String> seen = new AtomicReference<>();
    int port = serve(500, "internal error for /v1/" + API_KEY, seen);
    String url = "http://" + USER_INFO + "@127.0.0.1:" + port + "/v1/rpc?apikey=" + API_KEY;

    RpcException e =
        catchThrowableOfType(() -> client(url).call("eth_chainId"), RpcException.class);

    assertThat(seen.get()).startsWith("Basic ").contains("apikey=" + API_KEY);
    assertThat(e.kind()).isEqualTo(RpcException.Kind.HTTP_ERROR);
    assertThat(e.getMessage()).contains("http://127.0.0.1:" + port + "/v1/rpc");
    assertClean(e.getMessage());
    assertClean(client(url).endpoint());
  }

  @Test
  void unreachableAndMalformedErrorsAreCleanToo() throws IOException {
    AtomicReference<String> seen = new AtomicReference<>();
    int port = serve(200, "not json " + API_KEY, seen);
    String url = "http://" + USER_INFO + "@127.0.0.1:" + port + "/?apikey=" + API_KEY;
    RpcException garbage =
        catchThrowableOfType(() -> client(url).call("eth_chainId"), RpcException.class);
    assertThat(garbage.kind()).isEqualTo(RpcException.Kind.MALFORMED_RESPONSE);
    server.stop(0);
    server = null;
    RpcException down =
        catchThrowableOfType(() -> client(url).call("eth_chainId"), RpcException.class);
    assertThat(down.kind()).isEqualTo(RpcException.Kind.UNREACHABLE);
    assertClean(down.getMessage());
    assertThat(Endpoints.shown(url)).isEqualTo("http://127.0.0.1:" + port + "/");
  }

  @Test
  void retriesAreLoggedWithoutCredentials() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    String url = "http://" + USER_INFO + "@127.0.0.1:" + closed + "/rpc?apikey=" + API_KEY;
    JsonRpcClient client =
        new JsonRpcClient(
            new HttpJsonRpcTransport(
                URI.create(url), Duration.ofSeconds(2), Duration.ofSeconds(2), Optional.empty()),
            new RetryPolicy(2, Duration.ZERO, d -> {}));
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      catchThrowableOfType(() -> client.call("eth_blockNumber"), RpcException.class);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("attempt 1 of 2").contains("http://127.0.0.1:" + closed + "/rpc");
    assertClean(log);
  }
}
