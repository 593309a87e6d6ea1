package io.abacus.app.desktop;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.robot.Robot;

/**
 * Holds the app back until the first frame has been on screen: the shell takes the FX thread for
 * seconds, and the window stayed blank all that time, because a rendered frame reaches the screen
 * only through the FX thread (Prism's software pipeline, as on Xvfb and many Linux desktops, hands
 * its pixels to the window in an FX-thread event). Counts the pulses of the first frame's scene and
 * runs what waits at the start of the {@link #FRAMES}th: the first pulse renders the first frame,
 * the second waits for that rendering to finish, and by the third its pixels' hand-over, queued
 * before it, has run; then it waits for the display to have drawn those pixels ({@link
 * #waitForTheDisplay()}). FX thread only.
 */
final class FirstPaint {
  /** The pulse at whose start the first frame has been handed to the display. */
  static final int FRAMES = 3;

  private final List<Runnable> waiting = new ArrayList<>();
  private final Runnable drawn;
  private int frames;

  /** Counts pulses without waiting for the display (tests). */
  FirstPaint() {
    this(() -> {});
  }

  /**
   * Counts pulses; {@code drawn} runs at the {@link #FRAMES}th, before what waits, and returns once
   * the display has drawn the frame.
   */
  FirstPaint(Runnable drawn) {
    this.drawn = drawn;
  }

  /**
   * Counts the pulses from now on (an animation timer, stopped once painted), for what was just put
   * on screen. FX thread.
   */
  static FirstPaint counting() {
    FirstPaint paint = new FirstPaint(FirstPaint::waitForTheDisplay);
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
      drawn.run();
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

  /**
   * Returns once the display has drawn what was handed to it. On Linux the pixels go to the X
   * server (Xorg, Xvfb, XWayland) as requests it may still be drawing, slowly on a busy machine:
   * the first frame appeared strip by strip from the bottom up over seconds while the shell,
   * started at once, took the CPU, its heading last. Reading one pixel of the screen back is a
   * round trip on the same connection, answered only after those requests. Elsewhere (and without a
   * robot) it returns.
   */
  static void waitForTheDisplay() {
    if (!System.getProperty("os.name", "").startsWith("Linux")) {
      return; // macOS asks the user for permission to read the screen
    }
    try {
      new Robot().getPixelColor(0, 0);
    } catch (RuntimeException noRobot) {
      // Nothing to wait with: the app goes in at once, as without this.
    }
  }
}
