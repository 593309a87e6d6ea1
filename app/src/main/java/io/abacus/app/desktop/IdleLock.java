package io.abacus.app.desktop;

import io.abacus.app.lock.AutoLock;
import io.abacus.app.wallet.WalletSession;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Locks the wallet after the idle time of the settings, watching the window's input.
 *
 * <p>The check runs from a timer thread, not from a JavaFX {@code Timeline}: a running animation
 * makes JavaFX pulse at 60 Hz for as long as it runs, so an endless check timeline kept an idle
 * window busy (about 60 pulses and 27 ms of CPU a second, measured headless) and outlived a window
 * that was closed. The timer runs only while the window shows.
 */
final class IdleLock {
  private static final long CHECK_INTERVAL_MS = 2_000;
  private final AutoLock autoLock;
  private final WalletSession session;
  private ObservableValue<Boolean> showing;
  private ScheduledExecutorService timer;

  IdleLock(AutoLock autoLock, WalletSession session) {
    this.autoLock = autoLock;
    this.session = session;
  }

  AutoLock autoLock() {
    return autoLock;
  }

  /**
   * Auto-lock: any mouse or key input counts as activity; while the scene's window shows, a timer
   * checks every few seconds whether the idle time of the settings has passed. FX thread.
   */
  void watch(Scene scene) {
    scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> autoLock.touch());
    scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> autoLock.touch());
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> autoLock.touch());
    scene.addEventFilter(ScrollEvent.SCROLL, e -> autoLock.touch());
    session.unlockedProperty().addListener((o, was, now) -> autoLock.touch());
    showing = scene.windowProperty().flatMap(w -> w.showingProperty()).orElse(false);
    showing.addListener((o, was, now) -> checkWhile(now));
    checkWhile(showing.getValue());
  }

  private void checkWhile(boolean shown) {
    if (shown && timer == null) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "abacus-idle-lock");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleWithFixedDelay(
          () -> Platform.runLater(this::check),
          CHECK_INTERVAL_MS,
          CHECK_INTERVAL_MS,
          TimeUnit.MILLISECONDS);
    } else if (!shown && timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  private void check() {
    if (session.unlockedProperty().get()) {
      autoLock.tick();
    }
  }
}
