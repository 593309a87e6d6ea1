package io.abacus.app.ui;

import io.abacus.app.task.TaskExecutor;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Runs a periodic check on the FX thread while a scene's window shows, from a timer thread.
 *
 * <p>Not a JavaFX {@code Timeline}: a running animation makes JavaFX pulse at 60 Hz for as long as
 * it runs, so an endless timeline for a check every few seconds kept an idle window busy (63 pulses
 * a second, measured headless) and went on after its window had closed.
 */
public final class ShownTicker {
  private final Duration period;
  private final Runnable onFx;
  private final String threadName;
  private final Executor fx = TaskExecutor.fxThread();
  private ObservableValue<Boolean> showing;
  private ScheduledExecutorService timer;

  /**
   * @param period between the end of one run and the next
   * @param onFx what runs, on the FX thread
   * @param threadName the timer thread's name
   */
  public ShownTicker(Duration period, Runnable onFx, String threadName) {
    this.period = period;
    this.onFx = onFx;
    this.threadName = threadName;
  }

  /**
   * Ticks from now on whenever {@code scene} is in a showing window. FX thread; calls after the
   * first change nothing (a page shown again stays with its window's scene).
   */
  public void follow(Scene scene) {
    if (showing != null) {
      return;
    }
    showing = scene.windowProperty().flatMap(w -> w.showingProperty()).orElse(false);
    showing.addListener((o, was, now) -> tickWhile(now));
    tickWhile(showing.getValue());
  }

  private void tickWhile(boolean shown) {
    if (shown && timer == null) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
              });
      long ms = period.toMillis();
      timer.scheduleWithFixedDelay(() -> fx.execute(onFx), ms, ms, TimeUnit.MILLISECONDS);
    } else if (!shown && timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }
}
