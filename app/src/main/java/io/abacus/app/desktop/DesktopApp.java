package io.abacus.app.desktop;

import io.abacus.app.cli.UserException;
import io.abacus.app.cli.VersionProvider;
import io.abacus.app.config.DataDirectory;
import io.abacus.app.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.LoggerFactory;

/** Starts the JavaFX toolkit without an {@code Application} subclass and runs until closed. */
public final class DesktopApp {
  private DesktopApp() {}

  /** Opens the main window for {@code dataDirectory}; returns when the user closes it. */
  public static void run(Path dataDirectory) {
    try {
      DataDirectory.prepare(dataDirectory);
    } catch (IOException e) {
      throw new UserException("cannot create the data folder " + dataDirectory + ": " + e, e);
    }
    LoggerFactory.getLogger(DesktopApp.class)
        .info("Abacus {} starting; data folder {}", VersionProvider.version(), dataDirectory);
    TaskExecutor executor = TaskExecutor.forFx(4);
    // The object graph (settings, address book, token lists: JSON files, Jackson) is built while
    // JavaFX starts on the other core; the first frame waits for whichever takes longer.
    CompletableFuture<AbacusWindow> building = new CompletableFuture<>();
    Thread builder =
        new Thread(() -> build(dataDirectory, executor, building), "abacus-window-graph");
    builder.setDaemon(true);
    builder.start();
    CountDownLatch closed = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try {
      Platform.startup(
          () -> {
            try {
              Stage stage = new Stage();
              stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
              StartupTrace.step("fx-started", null);
              // The graph was ready before JavaFX (usual on an idle machine): the shell itself is
              // the first frame; a skeleton first would cost the shell its wait and a second
              // styling of the whole window (issue 20, decision 0015). -Dabacus.skeleton=true
              // takes the skeleton path anyway, to measure the two side by side.
              if (!Boolean.getBoolean("abacus.skeleton")
                  && building.isDone()
                  && !building.isCompletedExceptionally()) {
                fill(stage, building.join(), null, failure, closed, true);
                return;
              }
              // The first frame shows while the graph is still being built; the app fills it in.
              FirstPaint painted = FirstFrame.show(stage, dataDirectory);
              StartupTrace.step("first-frame-shown", stage);
              painted.then(() -> StartupTrace.step("first-frame-painted", stage));
              // The app goes in only once the first frame is on screen (the shell takes a while).
              building.whenCompleteAsync(
                  (window, error) ->
                      painted.then(
                          () ->
                              executor
                                  .ui()
                                  .execute(
                                      () -> fill(stage, window, error, failure, closed, false))),
                  executor.ui());
            } catch (RuntimeException | Error e) {
              failure.set(e);
              closed.countDown();
            }
          });
    } catch (UnsupportedOperationException | IllegalStateException e) {
      executor.close();
      throw new UserException(
          "cannot open a window ("
              + e.getMessage()
              + "); run on a desktop, or use a command (see 'abacus --help')",
          e);
    }
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Platform.exit();
      executor.close();
    }
    if (failure.get() instanceof UserException user) {
      throw user;
    }
    if (failure.get() != null) {
      throw new IllegalStateException("the main window failed to open", failure.get());
    }
  }

  /**
   * Puts the app in {@code stage}: shown as the first frame ({@code first}: the shell first, its
   * page once the shell is on screen) or into the skeleton already on screen (shell and page at
   * once: the skeleton was the early frame; a wait between them would only make the page later).
   */
  private static void fill(
      Stage stage,
      AbacusWindow window,
      Throwable error,
      AtomicReference<Throwable> failure,
      CountDownLatch closed,
      boolean first) {
    try {
      if (error != null) {
        throw error instanceof CompletionException c ? c.getCause() : error;
      }
      StartupTrace.step("fill", stage);
      FirstPaint shell = FirstPaint.counting();
      shell.then(() -> StartupTrace.step("shell-painted", stage));
      window.show(stage, first ? shell::then : null);
      StartupTrace.step("built", stage);
      // The Sandbox (a node process, an HTTP client) starts once the page is on screen: on two
      // cores it took CPU from the page's first layout and styling.
      shell.then(
          () ->
              FirstPaint.counting()
                  .then(
                      () -> {
                        StartupTrace.step("page-painted", stage);
                        window.sandbox().enableAutoStart();
                      }));
    } catch (Throwable e) {
      failure.set(e);
      if (stage.isShowing()) {
        stage.hide();
      } else {
        closed.countDown(); // a stage never shown sends no WINDOW_HIDDEN
      }
    }
  }

  private static void build(
      Path dataDirectory, TaskExecutor executor, CompletableFuture<AbacusWindow> result) {
    try {
      AbacusWindow window = AbacusWindow.create(dataDirectory, executor, Locale.getDefault());
      StartupTrace.step("graph-built", null);
      result.complete(window);
    } catch (IOException e) {
      result.completeExceptionally(new UserException(e.getMessage(), e));
    } catch (RuntimeException | Error e) {
      result.completeExceptionally(e);
    }
  }
}
