package io.abacus.app.explorer;

import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.diagnostics.StallMonitor;
import io.abacus.app.settings.Language;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.Settings;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.shell.Section;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Explorer UI responsiveness on a big index (not a unit test): opens the real window on a copy of
 * the explorer benchmark's synthetic index and, while {@link StallMonitor} probes the FX thread
 * every 10 ms, opens a hot address, pages its history to 5,000 rows while scrolling through them,
 * opens transactions, blocks, block pages, the graph and the charts. Prints stalls over 50 ms and
 * how long each page took to show its data. Usage: {@code ExplorerUiBenchmark SYNTHETIC_DB}.
 */
public final class ExplorerUiBenchmark {
  private final List<String> lines = new ArrayList<>();
  private Scene scene;

  public static void main(String[] args) throws Exception {
    new ExplorerUiBenchmark().run(Path.of(args[0]));
    Platform.exit();
    System.exit(0);
  }

  /** The synthetic index's account {@code i} (see the explorer's SyntheticIndex). */
  static Address synthetic(int i) {
    byte[] a = new byte[20];
    a[0] = (byte) 0xab;
    ByteBuffer.wrap(a, 12, 8).putLong(0x5eed_0000_0000L + i);
    return Address.of(a);
  }

  private void run(Path db) throws Exception {
    Path data = Files.createTempDirectory("abacus-ui-bench");
    // A copy of the 300 MB index per run: left behind, sixty runs filled the disk.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(data)));
    Network network =
        new Network("synthetic", "Synthetic 1M", 1, "", "ETH", 18, null, Network.Kind.CUSTOM, true);
    Path index = IndexLocations.of(data, network);
    Files.createDirectories(index.getParent());
    Files.copy(db, index);
    List<Network> presets = NetworkPresets.load();
    new SettingsStore(data, presets, SettingsMigrations.standard())
        .save(
            Settings.defaults(presets, Language.ENGLISH)
                .withNetwork(network)
                .withSelectedNetwork(network.id()));
    Address hot = synthetic(0);
    List<String> hashes;
    long txs;
    try (AddressQueries q = new AddressQueries(ExplorerDatabase.open(index))) {
      QueryRecords.HistoryPage page = q.history(hot, HistoryFilter.none(), 40, null);
      hashes = page.items().stream().map(QueryRecords.HistoryItem::hash).toList();
      txs = page.txCount();
    }
    line(
        "- index: %s (%,d bytes); hot account %s with %,d transactions",
        db.getFileName(), Files.size(index), hot, txs);

    Platform.startup(() -> {});
    AtomicReference<Stage> stage = new AtomicReference<>();
    fx(
        () -> {
          AbacusWindow w = AbacusWindow.create(data, TaskExecutor.forFx(2), Locale.ENGLISH);
          Stage s = new Stage();
          w.show(s);
          s.setWidth(1280);
          s.setHeight(800);
          stage.set(s);
          w.mainModel().navigate(Section.EXPLORER);
          return null;
        });
    scene = stage.get().getScene();
    Thread.sleep(1500);
    try (StallMonitor monitor = new StallMonitor(Platform::runLater, 10, 50).start()) {
      timed(
          "first address page in this JVM (cold: class loading, CSS), a quiet account",
          () -> search(synthetic(54_321).toString()),
          () -> rows("#explorer-address-history") > 0);
      timed(
          "hot address page, first 200 rows of history",
          () -> search(hot.toString()),
          () -> rows("#explorer-address-history") >= 200);
      long t0 = System.nanoTime();
      StallMonitor scrolling = new StallMonitor(Platform::runLater, 10, 50).start();
      long paging = 0;
      for (int i = 0; i < 24; i++) {
        int before = rows("#explorer-address-history");
        long p0 = System.nanoTime();
        fx(
            () -> {
              ((ButtonBase) scene.lookup("#explorer-address-more")).fire();
              return null;
            });
        await(() -> rows("#explorer-address-history") > before);
        paging += System.nanoTime() - p0;
        scrollThrough(before, rows("#explorer-address-history"));
      }
      StallMonitor.Report sr = scrolling.report();
      scrolling.close();
      double whole = (System.nanoTime() - t0) / 1e9;
      line(
          "- paged to %,d rows (24 x Load more) while scrolling through each page 5 rows at a"
              + " time: %.1f s; FX stalls > 50 ms: %d (max %d ms, p99 %d ms, %d probes)",
          rows("#explorer-address-history"),
          whole,
          sr.stalls(),
          sr.maxMillis(),
          sr.p99Millis(),
          sr.probes());
      line(
          "- of which Load more to the page added (24 x): %.1f s; scrolling (5 rows a step): %.1f s",
          paging / 1e9, whole - paging / 1e9);
      // Each page waits for a page built after the action: a search is answered on a worker, so
      // until then the previous transaction page (with its own status) is still the one shown.
      for (int i = 0; i < 5; i++) {
        String h = hashes.get(i * 7);
        Node was = page();
        timed("transaction page", () -> search(h), () -> shows(was, "#explorer-tx-status"));
      }
      for (int i = 0; i < 5; i++) { // one run was too noisy to call (band 147%)
        if (i > 0) {
          Node list = page();
          fire("#explorer-back"); // to the transaction page, not timed
          await(() -> shows(list, "#explorer-tx-status"));
        }
        timed(
            "blocks list (newest 100)",
            () -> fire("#explorer-nav-blocks"),
            () -> rows("#explorer-blocks-table") == 100);
      }
      for (int i = 0; i < 10; i++) {
        long top = topBlock();
        timed(
            "blocks list, older page",
            () -> fire("#explorer-blocks-older"),
            () -> topBlock() == top - 100);
      }
      timed(
          "block page (200 transactions)",
          () -> search("4000"),
          () -> rows("#explorer-block-txs") == 200);
      timed(
          "fund-flow graph of the hot account",
          () -> {
            search(hot.toString());
            await(() -> has("#explorer-address-graph"));
            fire("#explorer-address-graph");
          },
          () -> has("#explorer-graph-node-1"));
      timed(
          "charts (daily aggregates over the whole index)",
          () -> fire("#explorer-nav-charts"),
          () ->
              call(
                  () ->
                      scene.lookup("#explorer-charts-status")
                              instanceof javafx.scene.control.Label l
                          && l.getText().startsWith("Daily")));
      StallMonitor.Report r = monitor.report();
      line(
          "- whole run, FX thread probed every 10 ms: **%d stalls > 50 ms**, max %d ms, p99 %d ms,"
              + " %d probes",
          r.stalls(), r.maxMillis(), r.p99Millis(), r.probes());
    }
    Files.writeString(Path.of("target", "explorer-ui-bench.md"), String.join("\n", lines) + "\n");
    fx(
        () -> {
          stage.get().close();
          return null;
        });
    // Closing wrote the window's place into the data folder; deleted now, the window's own exit
    // hook finds no folder and writes nothing (with only the exit hook left to delete it, the two
    // hooks raced and a folder was left behind per run).
    deleteTree(data);
  }

  private void scrollThrough(int from, int to) throws Exception {
    // The table is looked up once: a scene-wide lookup at every step cost the FX thread more than
    // a user's scroll does, and more in a window with more nodes.
    @SuppressWarnings("unchecked")
    TableView<Object> t = fx(() -> (TableView<Object>) scene.lookup("#explorer-address-history"));
    for (int i = from; i < to; i += 5) {
      int row = i;
      fx(
          () -> {
            t.scrollTo(row);
            return null;
          });
      Thread.sleep(4);
    }
  }

  private int rows(String id) {
    try {
      return fx(
          () -> {
            Node n = scene.lookup(id);
            return n instanceof TableView<?> t ? t.getItems().size() : -1;
          });
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void search(String text) throws Exception {
    fx(
        () -> {
          TextField f = (TextField) scene.lookup("#explorer-search");
          f.setText(text);
          f.fireEvent(new ActionEvent());
          return null;
        });
  }

  /** The explorer's current page (the centre of its root). */
  private Node page() {
    return call(
        () -> ((javafx.scene.layout.BorderPane) scene.lookup("#explorer-root")).getCenter());
  }

  /** True once a page other than {@code was} is shown and has {@code id} (its data). */
  private boolean shows(Node was, String id) {
    return call(
        () -> {
          Node now = ((javafx.scene.layout.BorderPane) scene.lookup("#explorer-root")).getCenter();
          return now != was && now != null && now.lookup(id) != null;
        });
  }

  private boolean has(String id) {
    return call(() -> scene.lookup(id) != null);
  }

  private long topBlock() {
    return call(
        () ->
            scene.lookup("#explorer-blocks-table") instanceof TableView<?> t
                    && !t.getItems().isEmpty()
                ? ((QueryRecords.Block) t.getItems().get(0)).number()
                : -1L);
  }

  private static <T> T call(Callable<T> body) {
    try {
      return fx(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void fire(String id) throws Exception {
    fx(
        () -> {
          ((ButtonBase) scene.lookup(id)).fire();
          return null;
        });
  }

  private interface Action {
    void run() throws Exception;
  }

  private void timed(String what, Action action, BooleanSupplier shown) throws Exception {
    try (StallMonitor phase = new StallMonitor(Platform::runLater, 10, 50).start()) {
      long t = System.nanoTime();
      action.run();
      await(shown);
      double ms = (System.nanoTime() - t) / 1e6;
      Thread.sleep(200); // let the page finish laying out
      StallMonitor.Report r = phase.report();
      line(
          "- %s: data shown after %.0f ms; FX stalls > 50 ms: %d (max %d ms)",
          what, ms, r.stalls(), r.maxMillis());
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out");
      }
      Thread.sleep(5);
    }
  }

  private void line(String format, Object... args) {
    String s = String.format(Locale.ROOT, format, args);
    lines.add(s);
    System.out.println(s);
  }

  private static <T> T fx(Callable<T> body) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(body.call());
          } catch (Throwable e) {
            f.completeExceptionally(e);
          }
        });
    return f.get();
  }

  private static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      System.err.println("could not delete " + dir + ": " + e.getMessage());
    }
  }
}
