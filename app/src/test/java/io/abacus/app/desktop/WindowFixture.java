package io.abacus.app.desktop;

import io.abacus.app.task.TaskExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/** Opens the real Abacus window headless (Monocle) for a TestFX test, and closes it. */
public final class WindowFixture {
  private final AtomicReference<AbacusWindow> window = new AtomicReference<>();
  private final AtomicReference<Stage> stage = new AtomicReference<>();

  /** Opens the window on {@code dataDirectory} with background work run on the FX thread. */
  public WindowFixture open(Path dataDirectory) throws Exception {
    return open(dataDirectory, TaskExecutor.sameThread());
  }

  /** Opens the window on {@code dataDirectory} with background work run by {@code executor}. */
  public WindowFixture open(Path dataDirectory, TaskExecutor executor) throws Exception {
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          try {
            AbacusWindow w = AbacusWindow.create(dataDirectory, executor, Locale.ENGLISH);
            w.show(s);
            window.set(w);
            stage.set(s);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return this;
  }

  public AbacusWindow window() {
    return window.get();
  }

  public Stage stage() {
    return stage.get();
  }

  public void close() throws Exception {
    FxToolkit.cleanupStages();
  }
}
