package io.abacus.app.desktop;

import io.abacus.app.lock.AutoLock;
import io.abacus.app.ui.ShownTicker;
import io.abacus.app.wallet.WalletSession;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Locks the wallet after the idle time of the settings, watching the window's input. The check runs
 * from a {@link ShownTicker} (an endless {@code Timeline} kept the window pulsing at 60 Hz).
 */
final class IdleLock {
  private static final Duration CHECK_INTERVAL = Duration.ofSeconds(2);
  private final AutoLock autoLock;
  private final WalletSession session;
  private final ShownTicker ticker;

  IdleLock(AutoLock autoLock, WalletSession session) {
    this.autoLock = autoLock;
    this.session = session;
    this.ticker = new ShownTicker(CHECK_INTERVAL, this::check, "abacus-idle-lock");
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
    ticker.follow(scene);
  }

  private void check() {
    if (session.unlockedProperty().get()) {
      autoLock.tick();
    }
  }
}
