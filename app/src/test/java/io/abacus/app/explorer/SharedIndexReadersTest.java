package io.abacus.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.explorer.address.BalanceHistory;
import io.abacus.app.explorer.blocks.BlockViewModel;
import io.abacus.app.explorer.blocks.BlocksViewModel;
import io.abacus.app.explorer.charts.ChartsViewModel;
import io.abacus.app.explorer.graph.GraphViewModel;
import io.abacus.app.explorer.index.IndexManagerViewModel;
import io.abacus.app.explorer.tx.TransactionViewModel;
import io.abacus.app.i18n.I18n;
import io.abacus.app.labels.Names;
import io.abacus.app.secrets.FileSecretStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.db.DbLocation;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.EmbeddedPg;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.contacts.AddressBook;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's own SQL (blocks, transaction, graph, balance history, daily charts, search) answers the
 * same on a shared PostgreSQL index as on a file; two apps reading the shared index while an
 * indexer follows the chain both show the new blocks.
 */
@WithAnvil
class SharedIndexReadersTest {
  private static final I18n I18N = new I18n(Locale.ENGLISH);
  static EmbeddedPg pg;
  static ExplorerTestChain chain;

  @BeforeAll
  static void start(Anvil anvil) {
    pg = EmbeddedPg.shared();
    chain = new ExplorerTestChain(anvil); // built once: both tests only read it or add to it
  }

  @AfterAll
  static void stop() {
    pg.close();
  }

  private static IndexSession writer(ExplorerTestChain chain, String url) {
    return new IndexSession(
        chain.network, DbLocation.parse(url, null, Map.of()), false, new AtomicBoolean());
  }

  @Test
  void theViewModelsAnswerTheSameOnPostgresAsOnAFile(@TempDir Path data) throws Exception {
    Names names =
        new Names(
            AddressBook.open(data.resolve("address-book.json")), data.resolve("no-sandbox.json"));
    try (IndexSession file =
            new IndexSession(chain.network, IndexLocations.of(data, chain.network));
        IndexSession shared = writer(chain, pg.create("parity"))) {
      for (IndexSession s : List.of(file, shared)) {
        IndexManagerViewModel m = new IndexManagerViewModel(s, TaskExecutor.sameThread(), I18N);
        m.start();
        assertThat(m.errorProperty().get()).isEmpty();
      }
      List<Object> onFile = answers(file, chain, names);
      List<Object> onPg = answers(shared, chain, names);
      assertThat(onPg).isEqualTo(onFile);
      assertThat(shared.dialect().name()).isEqualTo("PostgreSQL");
    }
  }

  /** What the view models show, in order; each part is checked to hold something. */
  private static List<Object> answers(IndexSession s, ExplorerTestChain chain, Names names) {
    TaskExecutor same = TaskExecutor.sameThread();
    List<Object> out = new ArrayList<>();
    ChartsViewModel charts = new ChartsViewModel(s, same, I18N);
    charts.load();
    assertThat(charts.days()).hasSizeGreaterThanOrEqualTo(3);
    out.add(List.copyOf(charts.days()));
    List<TxRow> rows = new ArrayList<>();
    for (long n = 0; n <= chain.anvil.blockNumber(); n++) {
      rows.addAll(BlockViewModel.transactions(s, n));
    }
    assertThat(rows).hasSizeGreaterThanOrEqualTo(chain.payments.size() + 3); // anvil is shared
    out.add(rows);
    TransactionViewModel tx = new TransactionViewModel(s, same, I18N, chain.transferTx);
    tx.load();
    assertThat(tx.transfers()).isNotEmpty();
    out.add(tx.loadedProperty().get());
    out.add(List.copyOf(tx.transfers()));
    GraphViewModel graph = new GraphViewModel(s, same, I18N, names, chain.account(1));
    graph.reset();
    assertThat(graph.edges()).isNotEmpty();
    out.add(List.copyOf(graph.nodes()));
    out.add(List.copyOf(graph.edges()));
    BalanceHistory.Series balance =
        BalanceHistory.read(s, chain.account(1), Optional.empty(), null);
    assertThat(balance.points()).isNotEmpty();
    out.add(balance);
    SearchRouter router = new SearchRouter(names);
    for (String text :
        List.of(chain.transferTx.substring(0, 10), chain.account(1).toString(), "3", "usd")) {
      out.add(router.suggest(s, text));
    }
    assertThat(router.suggest(s, chain.transferTx.substring(0, 10))).isNotEmpty();
    return out;
  }

  @Test
  void twoAppsShowTheBlocksAnIndexerFollowingTheChainWrites(@TempDir Path appA, @TempDir Path appB)
      throws Exception {
    Anvil anvil = chain.anvil;
    String url = pg.create("followed");
    URI where = URI.create(url.replace("postgresql://", "http://"));
    TaskExecutor background = new TaskExecutor(Executors.newSingleThreadExecutor(), Runnable::run);
    try (IndexSession written = writer(chain, url);
        IndexSession a = reader(appA, chain, where);
        IndexSession b = reader(appB, chain, where)) {
      IndexManagerViewModel indexer = new IndexManagerViewModel(written, background, I18N);
      indexer.followProperty().set(true);
      indexer.start();
      long head = anvil.blockNumber();
      awaitTop(a, head);
      awaitTop(b, head);

      String late = chain.pay(2, 4, 7_000_000_000L);
      chain.awaitReceipt(late);
      long newHead = anvil.blockNumber();
      assertThat(newHead).isGreaterThan(head);
      for (IndexSession reader : List.of(a, b)) {
        awaitTop(reader, newHead);
        assertThat(BlockViewModel.transactions(reader, newHead))
            .extracting(TxRow::hash)
            .contains(late);
      }
      assertThat(indexer.errorProperty().get()).isEmpty();
      indexer.pause();
    } finally {
      background.close();
    }
  }

  /** An app whose index page chose the shared index, read-only. */
  private static IndexSession reader(Path data, ExplorerTestChain chain, URI where) {
    IndexSessions sessions = new IndexSessions(data, () -> FileSecretStore.in(data));
    sessions
        .shared()
        .put(
            chain.network.id(),
            new SharedIndex(where.getHost(), where.getPort(), "followed", "postgres", true),
            "");
    IndexSession s = sessions.open(chain.network);
    assertThat(s.isReadOnly()).isTrue();
    return s;
  }

  /** Waits until the newest block the reader's blocks page lists is {@code number}. */
  private static void awaitTop(IndexSession reader, long number) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    long top = -1;
    while (System.nanoTime() < deadline) {
      BlocksViewModel blocks = new BlocksViewModel(reader, TaskExecutor.sameThread(), I18N);
      blocks.newest();
      top = blocks.blocks().isEmpty() ? -1 : blocks.blocks().get(0).number();
      if (top >= number) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(top).isEqualTo(number);
  }
}
