package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.RpcProxy;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RpcException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
    try (RpcProxy slow =
        new RpcProxy(anvil, body -> body.contains("eth_getBlockByNumber") ? sleep() : null)) {
      assertThatThrownBy(() -> indexThrough(slow.url(), Duration.ofMillis(300)))
          .isInstanceOfSatisfying(
              RpcException.class, e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.TIMEOUT))
          .hasMessageContaining("did not answer");
    }
    assertThat(Fixtures.dump(db)).isEqualTo(before);
  }

  @Test
  void aNodeThatSendsMalformedJsonFailsClearly(Anvil anvil) throws Exception {
    try (RpcProxy garbled =
        new RpcProxy(anvil, body -> body.contains("eth_getBlockReceipts") ? TRUNCATED : null)) {
      assertThatThrownBy(() -> indexThrough(garbled.url(), Duration.ofSeconds(30)))
          .isInstanceOfSatisfying(
              RpcException.class,
              e -> assertThat(e.kind()).isEqualTo(RpcException.Kind.MALFORMED_RESPONSE))
          .hasMessageContaining("garbage");
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
    BlockFetcher reader =
        new BlockFetcher(
            new JsonRpcClient(
                new HttpJsonRpcTransport(URI.create(url), timeout, timeout, Optional.empty()),
                TWO_QUICK_TRIES),
            10);
    try (Indexer indexer =
        new Indexer(reader, db, IndexerConfig.defaults(), ProgressListener.none())) {
      indexer.index(OptionalLong.empty(), OptionalLong.empty(), () -> false);
    }
  }

  private static final String TRUNCATED = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[{\"blockHa";

  private static String sleep() {
    try {
      Thread.sleep(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return TRUNCATED;
  }
}
