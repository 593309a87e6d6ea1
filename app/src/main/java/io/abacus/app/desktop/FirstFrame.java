package io.abacus.app.desktop;

import io.abacus.app.settings.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window as it first appears: titled, placed and in the user's theme, with the sidebar's
 * heading and a progress indicator, shown as soon as JavaFX is up; {@link AbacusWindow#show(Stage)}
 * puts the app in it when the object graph is built.
 */
final class FirstFrame {
  private static final String NAME = "Abacus";
  private static final Pattern DARK = Pattern.compile("\"theme\"\\s*:\\s*\"DARK\"");

  private FirstFrame() {}

  /**
   * Shows {@code stage} at its remembered place with a progress indicator. Call on FX thread.
   *
   * @return what runs things once this frame has been painted (see {@link FirstPaint})
   */
  static FirstPaint show(Stage stage, Path dataDirectory) {
    WindowLook.applyTheme(themeIn(dataDirectory));
    stage.getIcons().setAll(WindowLook.icons());
    stage.setTitle(NAME);
    stage.setScene(new Scene(content()));
    new WindowKeeper(dataDirectory).place(stage);
    FirstPaint paint = FirstPaint.counting();
    stage.show();
    return paint;
  }

  /**
   * The sidebar's heading where the shell's own will be ({@code MainView}: same style, padding and
   * width; the name is "Abacus" in every language), a progress indicator where the page will be.
   */
  private static BorderPane content() {
    Label name = new Label(NAME);
    name.getStyleClass().add("title-3");
    VBox sidebar = new VBox(4, name);
    sidebar.setPadding(new Insets(16, 8, 16, 8));
    sidebar.setPrefWidth(210);
    ProgressIndicator progress = new ProgressIndicator();
    progress.setMaxSize(48, 48);
    BorderPane root = new BorderPane(new StackPane(progress));
    root.setLeft(sidebar);
    return root;
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
