package io.abacus.app.desktop;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.abacus.app.settings.Theme;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.image.Image;

/** The window's theme and icons. */
final class WindowLook {
  private WindowLook() {}

  static void applyTheme(Theme theme) {
    String sheet =
        theme == Theme.DARK
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet();
    // The first frame has set it already as a rule: setting it again restyles every window.
    if (!sheet.equals(Application.getUserAgentStylesheet())) {
      Application.setUserAgentStylesheet(sheet);
    }
  }

  /** The app icon in the sizes window managers pick from (title bar, task switcher, dock). */
  static List<Image> icons() {
    return Stream.of(16, 32, 48, 256)
        .map(size -> WindowLook.class.getResource("/abacus/icons/abacus-" + size + ".png"))
        .filter(Objects::nonNull)
        .map(url -> new Image(url.toExternalForm()))
        .toList();
  }
}
