package io.abacus.explorer.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpRpcTransportTest {
  private HttpServer server;
  private final List<String> authHeaders = new CopyOnWriteArrayList<>();
  private volatile int status = 200;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          authHeaders.add(auth == null ? "<none>" : auth);
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          byte[] answer =
              (status == 200
                      ? "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1\"}"
                      : "<html>no</html>")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
          assertThat(body).contains("eth_chainId");
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpRpcTransport transport(Optional<HttpRpcTransport.Header> auth) {
    return new HttpRpcTransport(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
        Duration.ofSeconds(10),
        auth);
  }

  @Test
  void sendsTheAuthHeaderOnlyWhenConfigured() {
    new JsonRpcClient(
            transport(Optional.of(HttpRpcTransport.Header.parse("Authorization: Bearer t0ken"))),
            RetryPolicy.none())
        .call("eth_chainId");
    new JsonRpcClient(transport(Optional.empty()), RetryPolicy.none()).call("eth_chainId");
    assertThat(authHeaders).containsExactly("Bearer t0ken", "<none>");
  }

  @Test
  void http413MeansTheBatchIsTooLarge() {
    status = 413;
    assertThatThrownBy(
            () ->
                new JsonRpcClient(transport(Optional.empty()), RetryPolicy.none())
                    .call("eth_chainId"))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.BATCH_TOO_LARGE));
  }

  @Test
  void refusedAccessNamesTheAuthHeaderButNotItsValue() {
    status = 401;
    assertThatThrownBy(
            () ->
                new JsonRpcClient(
                        transport(
                            Optional.of(
                                HttpRpcTransport.Header.parse("Authorization: Bearer t0ken"))),
                        RetryPolicy.none())
                    .call("eth_chainId"))
        .isInstanceOfSatisfying(
            RpcException.class, e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.UNREACHABLE))
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("auth header")
        .hasMessageNotContaining("t0ken");
  }

  @Test
  void aNodeThatIsDownIsUnreachable() {
    server.stop(0);
    assertThatThrownBy(
            () ->
                new JsonRpcClient(transport(Optional.empty()), RetryPolicy.none())
                    .call("eth_chainId"))
        .isInstanceOfSatisfying(
            RpcException.class, e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.UNREACHABLE))
        .hasMessageContaining("127.0.0.1");
    assertThatThrownBy(
            () ->
                new HttpRpcTransport(
                    URI.create("ftp://x"), Duration.ofSeconds(1), Optional.empty()))
        .hasMessageContaining("http:// or https://");
  }
}
