package io.abacus.app.desktop;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Holds the app back until the first frame has been on screen: the shell takes the FX thread for
 * seconds, and the window stayed blank all that time, because a rendered frame reaches the screen
 * only through the FX thread (Prism's software pipeline, as on Xvfb and many Linux desktops, hands
 * its pixels to the window in an FX-thread event). Counts the pulses of the first frame's scene and
 * runs what waits at the start of the {@link #FRAMES}th: the first pulse renders the first frame,
 * the second waits for that rendering to finish, and by the third its pixels' hand-over, queued
 * before it, has run. FX thread only.
 */
final class FirstPaint {
  /** The pulse at whose start the first frame is on screen. */
  static final int FRAMES = 3;

  private final List<Runnable> waiting = new ArrayList<>();
  private int frames;

  /**
   * Counts the pulses from now on (an animation timer, stopped once painted), for what was just put
   * on screen. FX thread.
   */
  static FirstPaint counting() {
    FirstPaint paint = new FirstPaint();
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        if (paint.frame()) {
          stop();
        }
      }
    }.start();
    return paint;
  }

  /** One pulse of the first frame's scene has begun; returns whether no more are needed. */
  boolean frame() {
    if (frames < FRAMES && ++frames == FRAMES) {
      List<Runnable> now = List.copyOf(waiting);
      waiting.clear();
      now.forEach(Runnable::run);
    }
    return painted();
  }

  /** Whether the first frame has been painted. */
  boolean painted() {
    return frames >= FRAMES;
  }

  /** Runs {@code then} now if the first frame has been painted, or once it has. */
  void then(Runnable then) {
    if (painted()) {
      then.run();
    } else {
      waiting.add(then);
    }
  }
}
