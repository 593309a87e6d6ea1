package io.abacus.app.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Opens the window at its {@link WindowPlacement} and remembers where it was in the data folder:
 * when it closes, and when the app is ended from outside (a shutdown hook writes the last place).
 */
final class WindowKeeper {
  private final Path dataDirectory;
  private final AtomicReference<WindowState> last = new AtomicReference<>();
  private boolean hooked;

  WindowKeeper(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** Sizes and places {@code stage} (before it is shown) and follows its later moves. */
  void place(Stage stage) {
    WindowPlacement place = WindowPlacement.choose(screens(), WindowState.load(dataDirectory));
    stage.setMinWidth(place.minWidth());
    stage.setMinHeight(place.minHeight());
    stage.setX(place.bounds().getMinX());
    stage.setY(place.bounds().getMinY());
    stage.setWidth(place.bounds().getWidth());
    stage.setHeight(place.bounds().getHeight());
    stage.setMaximized(place.maximized());
    InvalidationListener follow = o -> last.set(stateOf(stage));
    follow.invalidated(null);
    stage.xProperty().addListener(follow);
    stage.yProperty().addListener(follow);
    stage.widthProperty().addListener(follow);
    stage.heightProperty().addListener(follow);
    stage.maximizedProperty().addListener(follow);
    stage.setOnHidden(e -> save(stateOf(stage)));
    if (!hooked) {
      hooked = true;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> save(last.get()), "window-place"));
    }
  }

  private static WindowState stateOf(Stage stage) {
    return new WindowState(
        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
  }

  private void save(WindowState state) {
    // A data folder that is gone (a test's, at exit) is not made again for this.
    if (state == null || !(state.width() > 0) || !Files.isDirectory(dataDirectory)) {
      return;
    }
    try {
      state.save(dataDirectory);
    } catch (IOException e) {
      // The next start opens at the default place; nothing else depends on this file.
    }
  }

  /** The visual bounds of the screens, the primary one first. */
  private static List<Rectangle2D> screens() {
    List<Rectangle2D> all = new ArrayList<>();
    all.add(Screen.getPrimary().getVisualBounds());
    Screen.getScreens().stream()
        .filter(s -> !s.equals(Screen.getPrimary()))
        .forEach(s -> all.add(s.getVisualBounds()));
    return all;
  }
}
