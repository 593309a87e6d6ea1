package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.explorer.Fixtures;
import io.abacus.explorer.RecordText;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.db.Amounts;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithAnvil
class IndexerAnvilTest {
  static TestChain chain;

  @BeforeAll
  static void traffic(Anvil anvil) {
    chain = new TestChain(anvil).tokenScenario();
    chain.ethTraffic(20, 15);
  }

  @Test
  void streamedBlocksEqualTheTreeReadingOfTheSameAnswers(Anvil anvil) {
    BlockFetcher reader = Fixtures.reader(anvil.rpcUrl(), 10);
    long head = anvil.blockNumber();

    List<ParsedBlock> streamed = new BlockStream(reader).fetch(0, head);
    List<ParsedBlock> tree = TreeBlocks.fetch(reader.client(), 0, head);

    // Field by field, as text (RecordText): AssertJ's recursive comparison of the same values
    // checks each pair it visits against every pair visited before, 0.2 s per block.
    assertThat(streamed).hasSameSizeAs(tree);
    assertThat(RecordText.of(streamed)).isEqualTo(RecordText.of(tree));
    List<ParsedBlock.Tx> txs = streamed.stream().flatMap(b -> b.transactions().stream()).toList();
    assertThat(txs).hasSizeGreaterThan(300);
    assertThat(txs).anySatisfy(t -> assertThat(t.contractCreated()).isNotNull());
    assertThat(txs).anySatisfy(t -> assertThat(t.transfers()).isNotEmpty());
    assertThat(txs).anySatisfy(t -> assertThat(t.status()).isZero());
  }

  @Test
  void indexEqualsTheNode(Anvil anvil, @TempDir Path dir) throws Exception {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    Indexer.Result result =
        Fixtures.index(
            anvil, db, IndexerConfig.defaults().withBatchSize(7).withBlocksPerCommit(10));

    long head = anvil.blockNumber();
    assertThat(result.to()).isEqualTo(head);
    assertThat(Fixtures.count(db, "SELECT count(*) FROM blocks")).isEqualTo(head + 1);
    try (Connection c = db.connect()) {
      long txs = 0;
      for (long n = 0; n <= head; n++) {
        JsonNode block = anvil.call("eth_getBlockByNumber", "0x" + Long.toHexString(n), false);
        try (PreparedStatement s =
            c.prepareStatement("SELECT hash, parent_hash, tx_count FROM blocks WHERE number = ?")) {
          s.setLong(1, n);
          try (ResultSet r = s.executeQuery()) {
            assertThat(r.next()).isTrue();
            assertThat(HexBytes.toHex(r.getBytes(1))).isEqualTo(block.get("hash").asText());
            assertThat(HexBytes.toHex(r.getBytes(2))).isEqualTo(block.get("parentHash").asText());
            assertThat(r.getInt(3)).isEqualTo(block.get("transactions").size());
          }
        }
        for (JsonNode txHash : block.get("transactions")) {
          txs++;
          JsonNode receipt = anvil.call("eth_getTransactionReceipt", txHash.asText());
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT status, gas_used, id >> 20 FROM transactions WHERE hash = ?")) {
            s.setBytes(1, HexBytes.decode(txHash.asText()));
            try (ResultSet r = s.executeQuery()) {
              assertThat(r.next()).as("tx %s", txHash).isTrue();
              assertThat(r.getInt(1)).isEqualTo(Integer.decode(receipt.get("status").asText()));
              assertThat(r.getLong(2)).isEqualTo(Long.decode(receipt.get("gasUsed").asText()));
              assertThat(r.getLong(3)).isEqualTo(n);
            }
          }
        }
      }
      assertThat(Fixtures.count(db, "SELECT count(*) FROM transactions")).isEqualTo(txs);
      assertThat(txs).isGreaterThan(300);
      assertThat(storedTransfers(c)).containsExactlyElementsOf(chain.transfers());
    }
    for (String failed : chain.failedTxs()) {
      assertThat(
              Fixtures.count(
                  db,
                  "SELECT status FROM transactions WHERE hash = x'" + failed.substring(2) + "'"))
          .isZero();
    }
  }

  @Test
  void secondRunAddsNothingAndResumesAtTheCheckpoint(Anvil anvil, @TempDir Path dir)
      throws Exception {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    Fixtures.index(anvil, db, IndexerConfig.defaults());
    String first = Fixtures.dump(db);
    Indexer.Result again = Fixtures.index(anvil, db, IndexerConfig.defaults());
    assertThat(again.blocks()).isZero();
    assertThat(Fixtures.dump(db)).isEqualTo(first);
  }

  @Test
  void aPartialIndexGrowsForwardOnly(Anvil anvil, @TempDir Path dir) throws Exception {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    try (Indexer indexer =
        new Indexer(
            Fixtures.reader(anvil.rpcUrl(), 10),
            db,
            IndexerConfig.defaults(),
            ProgressListener.none())) {
      Indexer.Result first =
          indexer.index(java.util.OptionalLong.of(10), java.util.OptionalLong.of(20), () -> false);
      assertThat(first.blocks()).isEqualTo(11);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  indexer.index(
                      java.util.OptionalLong.of(5), java.util.OptionalLong.empty(), () -> false))
          .hasMessageContaining("cannot grow backwards");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  indexer.index(
                      java.util.OptionalLong.of(30), java.util.OptionalLong.empty(), () -> false))
          .hasMessageContaining("would leave a gap");
      Indexer.Result rest =
          indexer.index(
              java.util.OptionalLong.empty(), java.util.OptionalLong.empty(), () -> false);
      assertThat(rest.from()).isEqualTo(21);
    }
    assertThat(Fixtures.count(db, "SELECT min(number) FROM blocks")).isEqualTo(10);
    assertThat(Fixtures.count(db, "SELECT count(*) FROM blocks"))
        .isEqualTo(anvil.blockNumber() - 9);
  }

  private static List<TestChain.Expected> storedTransfers(Connection c) throws Exception {
    List<TestChain.Expected> out = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT token, standard, from_address, to_address, token_id, value"
                    + " FROM token_transfers ORDER BY log_id, batch_index");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        BigInteger id = Amounts.decode(r.getBytes(5));
        out.add(
            new TestChain.Expected(
                HexBytes.toHex(r.getBytes(1)),
                r.getInt(2),
                HexBytes.toHex(r.getBytes(3)),
                HexBytes.toHex(r.getBytes(4)),
                id,
                Amounts.decode(r.getBytes(6))));
      }
    }
    return out;
  }
}
