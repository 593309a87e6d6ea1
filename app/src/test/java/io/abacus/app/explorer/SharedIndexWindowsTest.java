package io.abacus.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.cli.CliRunner;
import io.abacus.app.i18n.I18n;
import io.abacus.app.secrets.FileSecretStore;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.EmbeddedPg;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.contacts.AddressBook;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18's "Done when": two desktop apps (two stages, each with its own data folder, settings and
 * index session) read one shared PostgreSQL index, read-only, while {@code abacus index --follow
 * --db postgresql://...} (the real command line, in a thread) writes it; after new blocks are mined
 * both explorer windows' blocks pages show the new head and its transaction.
 */
@WithAnvil
class SharedIndexWindowsTest {
  private static final I18n I18N = new I18n(Locale.ENGLISH);
  private final FxRobot robot = new FxRobot();
  private final List<ExplorerViewModel> models = new ArrayList<>();
  private final TaskExecutor executor = TaskExecutor.forFx(2);

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    for (ExplorerViewModel m : models) {
      m.session().close();
    }
    executor.close();
  }

  @Test
  void twoWindowsShowTheBlocksAnIndexFollowingProcessWrites(
      Anvil anvil, @TempDir Path appA, @TempDir Path appB, @TempDir Path cliData) throws Exception {
    ExplorerTestChain chain = new ExplorerTestChain(anvil);
    FxToolkit.registerPrimaryStage();
    try (EmbeddedPg pg = EmbeddedPg.shared()) {
      String url = pg.create("team");
      AtomicReference<CliRunner.Result> exit = new AtomicReference<>();
      Thread writer =
          new Thread(
              () ->
                  exit.set(
                      new CliRunner(cliData)
                          .run(
                              "index",
                              "--rpc",
                              anvil.rpcUrl(),
                              "--db",
                              url,
                              "--follow",
                              "--poll",
                              "1")),
              "abacus-index-follow");
      writer.start();
      try {
        Stage a = window(appA, chain, url);
        Stage b = window(appB, chain, url);
        for (ExplorerViewModel m : models) {
          assertThat(m.session().isReadOnly()).isTrue();
          assertThat(m.session().dialect().name()).isEqualTo("PostgreSQL");
        }
        long head = anvil.blockNumber();
        awaitNewest(a, head);
        awaitNewest(b, head);

        chain.pay(2, 4, 7_000_000_000L);
        chain.pay(4, 2, 1_000_000_000L);
        long newHead = anvil.blockNumber();
        assertThat(newHead).isGreaterThan(head);
        awaitNewest(a, newHead);
        awaitNewest(b, newHead);
        assertThat(newest(a).txCount()).isEqualTo(1);
        assertThat(newest(b)).isEqualTo(newest(a));
        assertThat(exit.get()).as("the follower is still running").isNull();
      } finally {
        writer.interrupt();
        writer.join(TimeUnit.SECONDS.toMillis(30));
      }
      assertThat(writer.isAlive()).as("index --follow stops when interrupted").isFalse();
      assertThat(exit.get().exitCode()).as(exit.get().err()).isZero();
    }
  }

  /** One app: its own data folder selecting the chain, the shared index chosen read-only. */
  private Stage window(Path data, ExplorerTestChain chain, String url) throws Exception {
    chain.selectIn(data);
    URI where = URI.create(url.replace("postgresql://", "http://"));
    IndexSessions sessions = new IndexSessions(data, () -> FileSecretStore.in(data));
    sessions
        .shared()
        .put(
            chain.network.id(),
            new SharedIndex(where.getHost(), where.getPort(), "team", "postgres", true),
            "");
    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    AddressBook book = AddressBook.open(data.resolve("address-book.json"));
    AtomicReference<Stage> stage = new AtomicReference<>();
    FxToolkit.setupFixture(
        () -> {
          AppSettings settings = new AppSettings(store.load(Locale.ENGLISH), store, executor);
          ExplorerViewModel model =
              new ExplorerViewModel(settings, sessions, data, executor, book, I18N);
          models.add(model);
          Stage s = new Stage();
          s.setTitle("Abacus " + data.getFileName());
          s.setScene(
              new Scene(
                  new javafx.scene.layout.StackPane(new ExplorerView(model, I18N, null).root()),
                  1024,
                  700));
          s.show();
          ((ButtonBase) s.getScene().lookup("#explorer-nav-blocks")).fire();
          stage.set(s);
        });
    return stage.get();
  }

  /** Presses the blocks page's "Latest" until its first row is block {@code number}. */
  private void awaitNewest(Stage stage, long number) throws Exception {
    WaitForAsyncUtils.waitFor(
        40,
        TimeUnit.SECONDS,
        () -> {
          robot.interact(
              () -> ((ButtonBase) stage.getScene().lookup("#explorer-blocks-latest")).fire());
          Thread.sleep(250);
          QueryRecords.Block top = newest(stage);
          return top != null && top.number() == number;
        });
  }

  @SuppressWarnings("unchecked")
  private static QueryRecords.Block newest(Stage stage) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> {
              var table =
                  (TableView<QueryRecords.Block>) stage.getScene().lookup("#explorer-blocks-table");
              return table == null || table.getItems().isEmpty() ? null : table.getItems().get(0);
            })
        .get();
  }
}
