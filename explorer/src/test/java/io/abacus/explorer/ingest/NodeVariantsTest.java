package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.abacus.explorer.Fixtures;
import io.abacus.explorer.RpcProxy;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.db.IndexStore;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nodes that lack eth_getBlockReceipts or cap batch sizes give the same index as anvil itself. */
@WithAnvil
class NodeVariantsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static String reference;

  @BeforeAll
  static void reference(Anvil anvil, @TempDir Path dir) throws Exception {
    new TestChain(anvil).tokenScenario().ethTraffic(12, 5);
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("reference.db"));
    Fixtures.index(anvil, db, IndexerConfig.defaults());
    reference = Fixtures.dump(db);
  }

  @Test
  void aNodeWithoutBlockReceiptsIsReadWithTransactionReceipts(Anvil anvil, @TempDir Path dir)
      throws Exception {
    AtomicInteger refused = new AtomicInteger();
    try (RpcProxy gethLike =
        new RpcProxy(
            anvil,
            body -> {
              if (!body.contains("eth_getBlockReceipts")) {
                return null;
              }
              refused.incrementAndGet();
              return methodNotFound(body);
            })) {
      ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
      BlockFetcher reader = Fixtures.reader(gethLike.url(), 4);
      try (IndexStore interrupted = new IndexStore(db)) {
        assertThat(interrupted.deferIndexes()).isTrue(); // as a killed bulk load leaves them
      }
      List<String> said = new ArrayList<>();
      ProgressListener listener =
          new ProgressListener() {
            @Override
            public void onProgress(Progress progress) {}

            @Override
            public void onIndexesBuilding() {
              said.add("building");
            }

            @Override
            public void onIndexesBuilt(int count, Duration took) {
              said.add("built " + count);
            }
          };
      try (Indexer indexer =
          new Indexer(reader, db, IndexerConfig.defaults().withBatchSize(4), listener)) {
        indexer.index(OptionalLong.empty(), OptionalLong.empty(), () -> false);
      }
      assertThat(said).containsExactly("building", "built 6");
      assertThat(reader.usesBlockReceipts()).isFalse();
      assertThat(refused.get()).isBetween(1, 4);
      assertThat(Fixtures.dump(db)).isEqualTo(reference);
    }
  }

  @Test
  void aNodeThatCapsBatchesGetsSmallerBatches(Anvil anvil, @TempDir Path dir) throws Exception {
    try (RpcProxy capped =
        new RpcProxy(
            anvil,
            body -> {
              try {
                JsonNode request = JSON.readTree(body);
                return request.isArray() && request.size() > 3
                    ? "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,"
                        + "\"message\":\"batch size limit exceeded\"}}"
                    : null;
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })) {
      ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
      BlockFetcher reader = Fixtures.reader(capped.url(), 20);
      try (Indexer indexer =
          new Indexer(
              reader, db, IndexerConfig.defaults().withBatchSize(20), ProgressListener.none())) {
        indexer.index(OptionalLong.empty(), OptionalLong.empty(), () -> false);
      }
      assertThat(reader.batchSize()).isBetween(1, 3);
      assertThat(Fixtures.dump(db)).isEqualTo(reference);
    }
  }

  private static String methodNotFound(String body) {
    try {
      JsonNode request = JSON.readTree(body);
      ArrayNode answers = JSON.createArrayNode();
      for (JsonNode r : request.isArray() ? request : JSON.createArrayNode().add(request)) {
        answers.addObject().put("jsonrpc", "2.0").set("id", r.get("id"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) answers.get(answers.size() - 1))
            .putObject("error")
            .put("code", -32601)
            .put("message", "the method eth_getBlockReceipts does not exist/is not available");
      }
      return request.isArray() ? answers.toString() : answers.get(0).toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
