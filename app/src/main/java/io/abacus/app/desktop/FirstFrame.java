package io.abacus.app.desktop;

import io.abacus.app.settings.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The window as it first appears: titled, placed and in the user's theme, with a progress
 * indicator, shown as soon as JavaFX is up; {@link AbacusWindow#show(Stage)} puts the app in it
 * when the object graph is built.
 */
final class FirstFrame {
  private static final Pattern DARK = Pattern.compile("\"theme\"\\s*:\\s*\"DARK\"");

  private FirstFrame() {}

  /** Shows {@code stage} at its remembered place with a progress indicator. Call on FX thread. */
  static void show(Stage stage, Path dataDirectory) {
    WindowLook.applyTheme(themeIn(dataDirectory));
    stage.getIcons().setAll(WindowLook.icons());
    stage.setTitle("Abacus");
    ProgressIndicator progress = new ProgressIndicator();
    progress.setMaxSize(48, 48);
    stage.setScene(new Scene(new StackPane(progress)));
    new WindowKeeper(dataDirectory).place(stage);
    stage.show();
  }

  /**
   * The theme the settings ask for, read without loading them (a dark window should not open
   * light): the settings file is read in full later by {@code SettingsStore}.
   */
  static Theme themeIn(Path dataDirectory) {
    try {
      String json = Files.readString(dataDirectory.resolve("settings.json"));
      return DARK.matcher(json).find() ? Theme.DARK : Theme.LIGHT;
    } catch (IOException | RuntimeException e) {
      return Theme.LIGHT;
    }
  }
}
