package io.abacus.app.explorer.index;

import io.abacus.app.explorer.IndexSession;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.task.TaskHandle;
import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.ingest.Indexer;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.explorer.ingest.Progress;
import io.abacus.explorer.ingest.ProgressListener;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.explorer.reorg.Reorg;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.network.Network;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The index manager: indexes the selected network's node into its index file, pauses (cancels the
 * task; the checkpoint keeps what was stored) and resumes, optionally following the head; shows
 * progress, rates, ETA, the reorgs rolled back and the size of the index (file or shared database).
 */
public final class IndexManagerViewModel {
  /** Reorgs listed at most; the table is small but never unbounded on screen. */
  static final int MAX_REORGS = 200;

  private final IndexSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final BooleanProperty follow = new SimpleBooleanProperty(false);
  private final BooleanProperty traces = new SimpleBooleanProperty(false);
  private final AtomicReference<String> notice = new AtomicReference<>();
  private final StringProperty from = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final DoubleProperty fraction = new SimpleDoubleProperty(0);
  private final StringProperty rates = new SimpleStringProperty("");
  private final StringProperty eta = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty coverage = new SimpleStringProperty("");
  private final StringProperty size = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final ObservableList<QueryRecords.ReorgRecord> reorgs =
      FXCollections.observableArrayList();
  private final AtomicReference<Progress> latest = new AtomicReference<>();
  private final IndexerConfig config;
  private final java.util.concurrent.atomic.AtomicBoolean pauseRequested =
      new java.util.concurrent.atomic.AtomicBoolean();
  private TaskHandle task;
  private long lastRefresh;
  private io.abacus.app.labels.LabelFilesViewModel labelFiles;

  public IndexManagerViewModel(IndexSession session, TaskExecutor executor, I18n i18n) {
    this(
        session,
        executor,
        i18n,
        IndexerConfig.defaults().withConfirmations(IndexSession.CONFIRMATIONS));
  }

  IndexManagerViewModel(
      IndexSession session, TaskExecutor executor, I18n i18n, IndexerConfig config) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.config = config;
    status.set(i18n.get("explorer.index.idle"));
  }

  public Network network() {
    return session.network();
  }

  /** BIP-329 label import and export for this index (made on first use). */
  public io.abacus.app.labels.LabelFilesViewModel labelFiles() {
    if (labelFiles == null) {
      // IndexLocations keeps indexes in <data>/indexes/: the data folder remembers the folder. A
      // shared index has no data folder of its own: the folder is remembered for this run.
      io.abacus.app.ui.RecentFolder folder =
          session.location().isFile()
              ? io.abacus.app.ui.RecentFolder.in(
                  session.file().toAbsolutePath().getParent().getParent())
              : io.abacus.app.ui.RecentFolder.forThisRun();
      labelFiles = new io.abacus.app.labels.LabelFilesViewModel(session, executor, i18n, folder);
    }
    return labelFiles;
  }

  /** Where the index lives: its file, or the shared index's URL (never a password). */
  public String where() {
    return session.location().toString();
  }

  /** True for a shared PostgreSQL index. */
  public boolean shared() {
    return session.isShared();
  }

  /** True for a shared index the app only reads: no indexing from here. */
  public boolean readOnly() {
    return session.isReadOnly();
  }

  /** Reads the checkpoint, reorgs and file size. */
  public void refresh() {
    executor.execute(
        BackgroundTask.of(ctx -> snapshot())
            .onSuccess(this::show)
            .onFailure(e -> error.set(String.valueOf(e.getMessage()))));
  }

  private record Snapshot(
      Optional<Checkpoint> checkpoint, List<QueryRecords.ReorgRecord> reorgs, long bytes) {}

  private Snapshot snapshot() {
    if (!session.exists()) {
      return new Snapshot(Optional.empty(), List.of(), 0);
    }
    List<QueryRecords.ReorgRecord> all = session.explorer().reorgs();
    return new Snapshot(
        session.explorer().checkpoint(),
        all.subList(0, Math.min(all.size(), MAX_REORGS)),
        session.sizeBytes());
  }

  private void show(Snapshot s) {
    reorgs.setAll(s.reorgs());
    size.set(i18n.format("explorer.index.size", s.bytes() / 1024.0 / 1024.0));
    coverage.set(
        s.checkpoint()
            .filter(cp -> !cp.isEmpty())
            .map(
                cp ->
                    i18n.format(
                        "explorer.index.coverage",
                        cp.firstBlock(),
                        cp.nextBlock() - 1,
                        cp.nodeHead(),
                        cp.chainId()))
            .orElse(i18n.get("explorer.index.empty")));
  }

  /** Starts or resumes indexing from the checkpoint (following the head when asked). */
  public void start() {
    if (running.get()) {
      return;
    }
    Network n = session.network();
    if (session.isReadOnly()) {
      error.set(i18n.get("explorer.index.readOnly"));
      return;
    }
    if (!n.hasRpcUrl()) {
      error.set(i18n.format("explorer.index.noRpc", n.name()));
      return;
    }
    OptionalLong from;
    try {
      from = firstBlock();
    } catch (NumberFormatException e) {
      error.set(i18n.get("explorer.index.badFrom"));
      return;
    }
    if (!session.beginIndexing()) {
      error.set(i18n.get("explorer.index.busy"));
      return;
    }
    error.set("");
    notice.set(null);
    boolean following = follow.get();
    pauseRequested.set(false);
    running.set(true);
    status.set(i18n.get(following ? "explorer.index.following" : "explorer.index.running"));
    TaskHandle handle =
        executor.execute(
            BackgroundTask.ofRunnable(ctx -> index(n, from, following, ctx))
                .onProgress(
                    p -> {
                      showProgress(p.fraction() < 0);
                      showNotice();
                    })
                .onSuccess(v -> status.set(i18n.get("explorer.index.done")))
                .onCancelled(() -> status.set(i18n.get("explorer.index.paused")))
                .onFailure(
                    e -> {
                      status.set(i18n.get("explorer.index.failed"));
                      error.set(String.valueOf(e.getMessage()));
                    })
                .onFinished(
                    () -> {
                      showNotice();
                      running.set(false);
                      session.endIndexing();
                      task = null;
                      refresh();
                    }));
    if (running.get()) {
      task = handle; // still at work (a same-thread executor has already finished)
    }
  }

  /** Shows the indexer's one-line explanation (such as a node without traces), if any. */
  private void showNotice() {
    String n = notice.get();
    if (n != null && error.get().isEmpty()) {
      error.set(n);
    }
  }

  /** The first block typed for a new index (empty: block 0); an existing index ignores it. */
  private OptionalLong firstBlock() {
    String text = from.get() == null ? "" : from.get().strip();
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    long n = Long.parseLong(text);
    if (n < 0) {
      throw new NumberFormatException("negative");
    }
    return OptionalLong.of(n);
  }

  private void index(
      Network n, OptionalLong first, boolean following, io.abacus.app.task.TaskContext ctx) {
    ExplorerDatabase db = session.create();
    BlockFetcher reader =
        new BlockFetcher(io.abacus.app.node.NodeClients.explorerClient(n), config.batchSize());
    ProgressListener listener =
        new ProgressListener() {
          @Override
          public void onProgress(Progress p) {
            latest.set(p);
            ctx.progress(new io.abacus.app.task.Progress(p.fraction(), ""));
          }

          @Override
          public void onNotice(String message) {
            notice.set(message);
          }

          @Override
          public void onReorg(Reorg r) {
            ctx.progress(io.abacus.app.task.Progress.indeterminate("reorg"));
          }
        };
    java.util.function.BooleanSupplier stop = () -> ctx.isCancelled() || pauseRequested.get();
    try (Indexer indexer = new Indexer(reader, db, config.withTraces(traces.get()), listener)) {
      if (following) {
        indexer.follow(first, Duration.ofSeconds(2), stop);
      } else {
        indexer.index(first, OptionalLong.empty(), stop);
      }
    }
    db.checkpointWal();
    if (pauseRequested.get()) {
      throw new java.util.concurrent.CancellationException("paused");
    }
  }

  private void showProgress(boolean reorg) {
    Progress p = latest.get();
    if (p != null) {
      fraction.set(p.fraction());
      rates.set(
          i18n.format(
              "explorer.index.rates", p.stored(), p.to(), p.blocksPerSecond(), p.txPerSecond()));
      eta.set(
          p.eta()
              .map(
                  d ->
                      i18n.format(
                          "explorer.index.eta", d.toHours(), d.toMinutesPart(), d.toSecondsPart()))
              .orElse(""));
    }
    long now = System.nanoTime();
    if (reorg || now - lastRefresh > 1_000_000_000L) {
      lastRefresh = now;
      refresh();
    }
  }

  /** Stops indexing; what was committed stays and {@link #start()} resumes from there. */
  public void pause() {
    pauseRequested.set(true);
    if (task != null) {
      task.cancel();
    }
  }

  /** The first block of a new index, as typed. */
  public StringProperty fromProperty() {
    return from;
  }

  public BooleanProperty followProperty() {
    return follow;
  }

  /** Index internal transfers from the node's traces (the index then keeps doing so). */
  public BooleanProperty tracesProperty() {
    return traces;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public DoubleProperty fractionProperty() {
    return fraction;
  }

  public StringProperty ratesProperty() {
    return rates;
  }

  public StringProperty etaProperty() {
    return eta;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty coverageProperty() {
    return coverage;
  }

  public StringProperty sizeProperty() {
    return size;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public ObservableList<QueryRecords.ReorgRecord> reorgs() {
    return reorgs;
  }
}
