package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.abacus.explorer.Fixtures;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.rpc.ChainReader;
import io.abacus.explorer.rpc.HttpRpcTransport;
import io.abacus.explorer.rpc.JsonRpcClient;
import io.abacus.explorer.rpc.RetryPolicy;
import io.abacus.explorer.rpc.RpcException;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
import io.abacus.testkit.WithAnvil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node that is slow, garbled or on another chain gives a clear error and leaves the index as it
 * was.
 */
@WithAnvil
class NodeFailureTest {
  private static final RetryPolicy TWO_QUICK_TRIES =
      new RetryPolicy(
          2, Duration.ofMillis(10), Duration.ofMillis(10), d -> Thread.sleep(d.toMillis()));

  ExplorerDatabase db;
  String before;

  @BeforeEach
  void indexSomeBlocks(Anvil anvil, @TempDir Path dir) throws Exception {
    TestChain chain = new TestChain(anvil);
    chain.ethTraffic(3, 3);
    db = ExplorerDatabase.open(dir.resolve("index.db"));
    Fixtures.index(anvil, db, IndexerConfig.defaults());
    before = Fixtures.dump(db);
    chain.ethTraffic(3, 3);
  }

  @Test
  void aNodeThatTimesOutFailsClearly(Anvil anvil) throws Exception {
    try (Proxy slow =
        new Proxy(anvil, body -> body.contains("eth_getBlockByNumber") ? sleep() : body)) {
      assertThatThrownBy(() -> indexThrough(slow.url(), Duration.ofMillis(300)))
          .isInstanceOfSatisfying(
              RpcException.class, e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.TIMEOUT))
          .hasMessageContaining("did not answer");
    }
    assertThat(Fixtures.dump(db)).isEqualTo(before);
  }

  @Test
  void aNodeThatSendsMalformedJsonFailsClearly(Anvil anvil) throws Exception {
    try (Proxy garbled =
        new Proxy(anvil, body -> body.contains("eth_getBlockReceipts") ? null : body)) {
      assertThatThrownBy(() -> indexThrough(garbled.url(), Duration.ofSeconds(30)))
          .isInstanceOfSatisfying(
              RpcException.class, e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.MALFORMED))
          .hasMessageContaining("malformed");
    }
    assertThat(Fixtures.dump(db)).isEqualTo(before);
  }

  @Test
  void aNodeOnAnotherChainIsRefused() throws Exception {
    try (Anvil other = Anvil.start(new AnvilOptions(4242, true, List.of()))) {
      other.mine(20);
      assertThatThrownBy(() -> indexThrough(other.rpcUrl(), Duration.ofSeconds(30)))
          .isInstanceOfSatisfying(
              RpcException.class,
              e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.WRONG_CHAIN))
          .hasMessageContaining("chain id 4242")
          .hasMessageContaining("chain id 31337");
    }
    assertThat(Fixtures.dump(db)).isEqualTo(before);
  }

  private void indexThrough(String url, Duration timeout) {
    ChainReader reader =
        new ChainReader(
            new JsonRpcClient(
                new HttpRpcTransport(URI.create(url), timeout, Optional.empty()), TWO_QUICK_TRIES),
            10);
    try (Indexer indexer =
        new Indexer(reader, db, IndexerConfig.defaults(), ProgressListener.none())) {
      indexer.index(OptionalLong.empty(), OptionalLong.empty(), () -> false);
    }
  }

  private static String sleep() {
    try {
      Thread.sleep(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  /**
   * Forwards requests to anvil; {@code tamper} sees each request body and returns it to forward, or
   * null to answer with a truncated JSON body instead.
   */
  static final class Proxy implements AutoCloseable {
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    Proxy(Anvil anvil, UnaryOperator<String> tamper) throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
      server.createContext(
          "/",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String forward = tamper.apply(body);
            String answer =
                forward == null
                    ? "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[{\"blockHa"
                    : forwardTo(anvil, forward);
            reply(exchange, answer);
          });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String forwardTo(Anvil anvil, String body) throws IOException {
      try {
        return http.send(
                HttpRequest.newBuilder(URI.create(anvil.rpcUrl()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }

    private static void reply(HttpExchange exchange, String answer) throws IOException {
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      try {
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
      } catch (IOException clientGone) {
        // The client timed out and closed the connection.
      }
      exchange.close();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
