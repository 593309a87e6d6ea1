package io.abacus.app.desktop;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Decides where the window opens: inside the visible bounds of a screen, never larger than it,
 * maximised on small screens, at the remembered place when that is still on a screen.
 *
 * @param bounds where the window goes (already inside a screen)
 * @param maximized whether to maximise it
 * @param minWidth the smallest width the user may resize to
 * @param minHeight the smallest height the user may resize to
 */
record WindowPlacement(Rectangle2D bounds, boolean maximized, double minWidth, double minHeight) {
  static final double PREFERRED_WIDTH = 1200;
  static final double PREFERRED_HEIGHT = 760;
  static final double MIN_WIDTH = 1024;
  static final double MIN_HEIGHT = 700;

  /** A remembered place counts as "on a screen" when this much of its title bar is visible. */
  private static final double GRIP = 48;

  /**
   * The placement on {@code screens} (their visual bounds, the primary one first) given the
   * remembered state, if any.
   */
  static WindowPlacement choose(List<Rectangle2D> screens, Optional<WindowState> saved) {
    Rectangle2D primary = screens.get(0);
    double minWidth = Math.min(MIN_WIDTH, primary.getWidth());
    double minHeight = Math.min(MIN_HEIGHT, primary.getHeight());
    Optional<Rectangle2D> home = saved.flatMap(s -> screenOf(screens, s));
    if (home.isPresent()) {
      WindowState s = saved.get();
      Rectangle2D screen = home.get();
      double w = clamp(s.width(), Math.min(minWidth, screen.getWidth()), screen.getWidth());
      double h = clamp(s.height(), Math.min(minHeight, screen.getHeight()), screen.getHeight());
      double x = clamp(s.x(), screen.getMinX(), screen.getMaxX() - w);
      double y = clamp(s.y(), screen.getMinY(), screen.getMaxY() - h);
      return new WindowPlacement(new Rectangle2D(x, y, w, h), s.maximized(), minWidth, minHeight);
    }
    boolean small = primary.getWidth() < PREFERRED_WIDTH || primary.getHeight() < PREFERRED_HEIGHT;
    if (small) {
      return new WindowPlacement(primary, true, minWidth, minHeight);
    }
    double x = primary.getMinX() + (primary.getWidth() - PREFERRED_WIDTH) / 2;
    double y = primary.getMinY() + (primary.getHeight() - PREFERRED_HEIGHT) / 2;
    return new WindowPlacement(
        new Rectangle2D(x, y, PREFERRED_WIDTH, PREFERRED_HEIGHT), false, minWidth, minHeight);
  }

  /** The screen showing the top strip of the remembered window, if one still does. */
  private static Optional<Rectangle2D> screenOf(List<Rectangle2D> screens, WindowState s) {
    Rectangle2D titleBar = new Rectangle2D(s.x(), s.y(), s.width(), GRIP);
    return screens.stream()
        .filter(
            screen -> {
              double w =
                  Math.min(screen.getMaxX(), titleBar.getMaxX())
                      - Math.max(screen.getMinX(), titleBar.getMinX());
              double h =
                  Math.min(screen.getMaxY(), titleBar.getMaxY())
                      - Math.max(screen.getMinY(), titleBar.getMinY());
              return w >= GRIP && h >= GRIP / 2;
            })
        .findFirst();
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(value, Math.max(low, high)));
  }
}
