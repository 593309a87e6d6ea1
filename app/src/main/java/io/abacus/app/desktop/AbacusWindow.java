package io.abacus.app.desktop;

import atlantafx.base.theme.PrimerLight;
import io.abacus.app.i18n.I18n;
import io.abacus.app.shell.MainView;
import io.abacus.app.shell.MainViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The composition root of the desktop app: builds the object graph and shows the main window. */
public final class AbacusWindow {
  private final Path dataDirectory;
  private final Locale locale;

  public AbacusWindow(Path dataDirectory, Locale locale) {
    this.dataDirectory = dataDirectory;
    this.locale = locale;
  }

  /** Builds the main window into {@code stage} and shows it. Call on the FX thread. */
  public MainViewModel show(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    I18n i18n = new I18n(locale);
    MainViewModel model = new MainViewModel(i18n, dataDirectory);
    MainView view = new MainView(model);
    stage.setTitle(model.windowTitle());
    stage.getIcons().addAll(icons());
    stage.setScene(new Scene(view.root(), 1100, 720));
    stage.setMinWidth(800);
    stage.setMinHeight(560);
    stage.show();
    return model;
  }

  /** The app icon in the sizes window managers pick from (title bar, task switcher, dock). */
  private static List<Image> icons() {
    return Stream.of(16, 32, 48, 256)
        .map(size -> AbacusWindow.class.getResource("/abacus/icons/abacus-" + size + ".png"))
        .filter(Objects::nonNull)
        .map(url -> new Image(url.toExternalForm()))
        .toList();
  }
}
