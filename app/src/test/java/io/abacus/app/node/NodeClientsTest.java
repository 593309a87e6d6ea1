package io.abacus.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RpcException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@WithAnvil(chainId = 1337)
/** The connection test of the settings page: a network's node asked for its chain id. */
class NodeClientsTest {
  private final Tester tester =
      n -> NodeClients.forNetwork(n, Duration.ofSeconds(2), RetryPolicy.none()).chainId();

  interface Tester {
    long chainId(Network n);
  }

  private static Network at(String url) {
    return new Network("n", "Node", 1337, url, "ETH", 18, null, Network.Kind.CUSTOM, false);
  }

  @Test
  void readsTheChainIdOfARealNode(Anvil anvil) throws Exception {
    assertThat(tester.chainId(at(anvil.rpcUrl()))).isEqualTo(1337);
  }

  @Test
  void nodeThatIsDownSaysSo() throws Exception {
    int freePort;
    try (var socket = new java.net.ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    assertThatThrownBy(() -> tester.chainId(at("http://127.0.0.1:" + freePort)))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("cannot connect");
  }

  @Test
  void garbageSlowAndRefusingNodesGetClearErrors() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/garbage", ex -> reply(ex, 200, "<html>hello</html>"));
    server.createContext("/nochain", ex -> reply(ex, 200, "{\"jsonrpc\":\"2.0\",\"id\":1}"));
    server.createContext("/denied", ex -> reply(ex, 401, "no"));
    server.createContext(
        "/slow",
        ex -> {
          try {
            Thread.sleep(4000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          reply(ex, 200, "{}");
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    try {
      assertThatThrownBy(() -> tester.chainId(at(base + "/garbage")))
          .hasMessageContaining("garbage");
      assertThatThrownBy(() -> tester.chainId(at(base + "/nochain")))
          .hasMessageContaining("garbage");
      assertThatThrownBy(() -> tester.chainId(at(base + "/denied")))
          .hasMessageContaining("HTTP 401")
          .hasMessageContaining("authentication");
      assertThatThrownBy(() -> tester.chainId(at(base + "/slow")))
          .hasMessageContaining("did not answer within 2 s");
      assertThatThrownBy(() -> tester.chainId(at("")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no node URL");
    } finally {
      server.stop(0);
    }
  }

  private static void reply(com.sun.net.httpserver.HttpExchange ex, int code, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(code, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }
}
