package io.abacus.app.explorer.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.explorer.ExplorerTestChain;
import io.abacus.app.explorer.IndexLocations;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.EthForwarder;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start, pause, resume and reorgs in the index manager's model, on a live anvil chain. */
@WithAnvil
class IndexManagerViewModelTest {
  private static final I18n I18N = new I18n(Locale.ENGLISH);
  @TempDir Path data;

  @Test
  void pauseKeepsTheCheckpointAndStartResumesFromIt(Anvil anvil) {
    ExplorerTestChain chain = new ExplorerTestChain(anvil);
    try (IndexSession session =
        new IndexSession(chain.network, IndexLocations.of(data, chain.network))) {
      IndexManagerViewModel m =
          new IndexManagerViewModel(
              session,
              TaskExecutor.sameThread(),
              I18N,
              IndexerConfig.defaults().withBatchSize(2).withBlocksPerCommit(2).withConcurrency(1));
      m.fractionProperty()
          .addListener(
              (o, was, now) -> {
                if (now.doubleValue() > 0) {
                  m.pause(); // the first commit pauses
                }
              });
      m.start();
      assertThat(m.statusProperty().get()).isEqualTo(I18N.get("explorer.index.paused"));
      long stored = session.explorer().checkpoint().orElseThrow().nextBlock();
      assertThat(stored).isBetween(1L, anvil.blockNumber());
      assertThat(m.ratesProperty().get()).contains("blocks/s").contains("tx/s");

      IndexManagerViewModel resumed =
          new IndexManagerViewModel(session, TaskExecutor.sameThread(), I18N);
      resumed.start();
      assertThat(resumed.statusProperty().get()).isEqualTo(I18N.get("explorer.index.done"));
      assertThat(session.explorer().checkpoint().orElseThrow().nextBlock())
          .isEqualTo(anvil.blockNumber() + 1);
      assertThat(resumed.coverageProperty().get())
          .isEqualTo(
              "Indexed blocks 0.."
                  + anvil.blockNumber()
                  + "; node head "
                  + anvil.blockNumber()
                  + "; chain id 31337");
      assertThat(resumed.sizeProperty().get()).matches("Database size \\d+\\.\\d MB");
    }
  }

  @Test
  void aReorgIsRolledBackAndListedWithItsDepth(Anvil anvil) {
    ExplorerTestChain chain = new ExplorerTestChain(anvil);
    try (IndexSession session =
        new IndexSession(chain.network, IndexLocations.of(data, chain.network))) {
      String snapshot = anvil.snapshot();
      long forkPoint = anvil.blockNumber();
      chain.pay(1, 2, 1);
      chain.pay(1, 2, 2);
      IndexManagerViewModel m = new IndexManagerViewModel(session, TaskExecutor.sameThread(), I18N);
      m.start();
      assertThat(m.reorgs()).isEmpty();

      anvil.revert(snapshot);
      chain.pay(3, 4, 7);
      anvil.mine(3);
      m.start();
      assertThat(m.errorProperty().get()).isEmpty();
      assertThat(m.reorgs()).hasSize(1);
      assertThat(m.reorgs().get(0).depth()).isEqualTo(2);
      assertThat(m.reorgs().get(0).height()).isEqualTo(forkPoint + 1);
      assertThat(session.explorer().block(forkPoint + 1).orElseThrow().hash())
          .isEqualTo(
              anvil
                  .call("eth_getBlockByNumber", "0x" + Long.toHexString(forkPoint + 1), false)
                  .get("hash")
                  .asText());
    }
  }

  @Test
  void aNetworkWithoutANodeUrlSaysSoAndDoesNotCreateAFile() {
    Network none =
        new Network("mainnet-x", "Mainnet", 1, "", "ETH", 18, null, Network.Kind.CUSTOM, false);
    try (IndexSession session = new IndexSession(none, IndexLocations.of(data, none))) {
      IndexManagerViewModel m = new IndexManagerViewModel(session, TaskExecutor.sameThread(), I18N);
      m.start();
      assertThat(m.errorProperty().get())
          .isEqualTo("Set a node URL for Mainnet in Settings first.");
      assertThat(session.exists()).isFalse();
    }
  }

  @Test
  void onlyOneIndexerWritesANetworksIndexAtATime() {
    Network local =
        new Network(
            "local",
            "Local",
            31337,
            "http://127.0.0.1:9",
            "ETH",
            18,
            null,
            Network.Kind.CUSTOM,
            true);
    io.abacus.app.explorer.IndexSessions sessions = new io.abacus.app.explorer.IndexSessions(data);
    IndexSession first = sessions.open(local);
    IndexSession second = sessions.open(local);
    assertThat(first.beginIndexing()).isTrue();
    IndexManagerViewModel m = new IndexManagerViewModel(second, TaskExecutor.sameThread(), I18N);
    m.start();
    assertThat(m.errorProperty().get())
        .isEqualTo("Another indexer is already writing the index of this network.");
    assertThat(m.runningProperty().get()).isFalse();
    first.endIndexing();
    assertThat(second.beginIndexing()).isTrue();
  }

  @Test
  void aNewIndexStartsAtTheTypedBlockAndABadNumberIsRefused(Anvil anvil) {
    ExplorerTestChain chain = new ExplorerTestChain(anvil);
    try (IndexSession session =
        new IndexSession(chain.network, IndexLocations.of(data, chain.network))) {
      IndexManagerViewModel m = new IndexManagerViewModel(session, TaskExecutor.sameThread(), I18N);
      m.fromProperty().set("-3");
      m.start();
      assertThat(m.errorProperty().get())
          .isEqualTo("The first block must be a whole number, 0 or more.");
      assertThat(session.exists()).isFalse();
      m.fromProperty().set(" 5 ");
      m.start();
      assertThat(m.errorProperty().get()).isEmpty();
      assertThat(session.explorer().checkpoint().orElseThrow().firstBlock()).isEqualTo(5);
      assertThat(m.coverageProperty().get()).startsWith("Indexed blocks 5.." + anvil.blockNumber());
    }
  }

  @Test
  void theTracesCheckboxIndexesInternalTransfers(Anvil anvil) {
    ExplorerTestChain chain = new ExplorerTestChain(anvil);
    String forwarder = "0x00000000000000000000000000000000000f0f0f";
    String alice = "0x1111111111111111111111111111111111111111";
    anvil.call(
        "anvil_setCode",
        forwarder,
        EthForwarder.code(alice, "0x2222222222222222222222222222222222222222"));
    java.util.Map<String, Object> tx = new java.util.LinkedHashMap<>();
    tx.put("from", anvil.account(0).address());
    tx.put("to", forwarder);
    tx.put("value", "0x10");
    String hash = anvil.call("eth_sendTransaction", tx).asText();
    try (IndexSession session =
        new IndexSession(chain.network, IndexLocations.of(data, chain.network))) {
      IndexManagerViewModel m = new IndexManagerViewModel(session, TaskExecutor.sameThread(), I18N);
      m.tracesProperty().set(true);
      m.start();
      assertThat(m.errorProperty().get()).isEmpty();
      assertThat(session.explorer().transaction(hash).orElseThrow().internalTransfers())
          .extracting(t -> t.to().toLowerHex() + " " + t.value())
          .containsExactly(alice + " 8", "0x2222222222222222222222222222222222222222 8");
    }
  }
}
