package io.abacus.app.desktop;

import io.abacus.app.lock.AutoLock;
import io.abacus.app.wallet.WalletSession;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** Locks the wallet after the idle time of the settings, watching the window's input. */
final class IdleLock {
  private static final javafx.util.Duration CHECK_INTERVAL = javafx.util.Duration.seconds(2);
  private final AutoLock autoLock;
  private final WalletSession session;
  private Timeline lockTimer;

  IdleLock(AutoLock autoLock, WalletSession session) {
    this.autoLock = autoLock;
    this.session = session;
  }

  AutoLock autoLock() {
    return autoLock;
  }

  /**
   * Auto-lock: any mouse or key input counts as activity; a timer checks every few seconds whether
   * the idle time of the settings has passed.
   */
  void watch(Scene scene) {
    scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> autoLock.touch());
    scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> autoLock.touch());
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> autoLock.touch());
    scene.addEventFilter(ScrollEvent.SCROLL, e -> autoLock.touch());
    session.unlockedProperty().addListener((o, was, now) -> autoLock.touch());
    lockTimer =
        new Timeline(
            new KeyFrame(
                CHECK_INTERVAL,
                e -> {
                  if (session.unlockedProperty().get()) {
                    autoLock.tick();
                  }
                }));
    lockTimer.setCycleCount(Animation.INDEFINITE);
    lockTimer.play();
  }
}
