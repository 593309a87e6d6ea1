package io.abacus.app.desktop;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds the app back until the first frame has been on screen: the shell takes the FX thread for a
 * while, and when the object graph was ready before the first frame's first pulse the window stayed
 * blank until the whole shell was built. Counts the frames (pulses) of the first frame's scene and
 * runs what waits once {@link #FRAMES} have passed: by the second pulse the first one's picture has
 * gone to the renderer, which paints it while the FX thread builds the shell. FX thread only.
 */
final class FirstPaint {
  /** Pulses to wait: the first renders the first frame, the second starts after it. */
  static final int FRAMES = 2;

  private final List<Runnable> waiting = new ArrayList<>();
  private int frames;

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
