package io.abacus.app.desktop;

import io.abacus.app.i18n.I18n;
import io.abacus.app.shell.Section;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window as it first appears: titled, placed and in the user's theme and language, a readable
 * skeleton of the shell ({@code MainView}) drawn where the shell will draw it (the heading, the
 * sidebar's section names, the page's title) and a progress indicator where the page will be, shown
 * as soon as JavaFX is up; {@link AbacusWindow#show(Stage)} puts the app in it when the object
 * graph is built. What costs time and is not needed to read it stays out: no icons (Ikonli's font;
 * an empty space of their size keeps the names in place), no network list or combo box.
 */
final class FirstFrame {
  /** The icons' size in the theme ({@code .ikonli-font-icon}), kept free beside the names. */
  static final double ICON = 18;

  /** The network switcher's height in the theme (a ComboBox of one line). */
  static final double SWITCHER = 34;

  private FirstFrame() {}

  /** As {@link #show(Stage, Path, Locale)} in the system's language on first start. */
  static FirstPaint show(Stage stage, Path dataDirectory) {
    return show(stage, dataDirectory, Locale.getDefault());
  }

  /**
   * Shows {@code stage} at its remembered place with the shell's skeleton. Call on FX thread.
   *
   * @param system the system's locale, the language on first start
   * @return what runs things once this frame has been painted (see {@link FirstPaint})
   */
  static FirstPaint show(Stage stage, Path dataDirectory, Locale system) {
    FirstLook look = FirstLook.of(dataDirectory, system);
    WindowLook.applyTheme(look.theme());
    I18n i18n = new I18n(look.language().locale());
    stage.getIcons().setAll(WindowLook.icons());
    stage.setTitle(i18n.get("app.title"));
    stage.setScene(new Scene(content(i18n, look, dataDirectory)));
    new WindowKeeper(dataDirectory).place(stage);
    FirstPaint paint = FirstPaint.counting();
    stage.show();
    return paint;
  }

  /** {@code MainView}'s layout: same styles, paddings, spacing and width. */
  private static BorderPane content(I18n i18n, FirstLook look, Path dataDirectory) {
    BorderPane root = new BorderPane(page(i18n));
    root.setId("first-frame");
    root.setMouseTransparent(true); // a picture of the shell: its buttons do nothing yet
    root.setLeft(sidebar(i18n));
    if (look.testMoney()) {
      Label banner = new Label(i18n.get("network.testMoney.banner"), iconSpace());
      banner.setId("first-test-money-banner");
      banner.getStyleClass().add("warning");
      banner.setMaxWidth(Double.MAX_VALUE);
      banner.setPadding(new Insets(6, 12, 6, 12));
      banner.setStyle("-fx-background-color: -color-warning-subtle;");
      root.setTop(banner);
    }
    Label status = new Label(i18n.format("status.dataFolder", dataDirectory));
    status.setId("first-status-data-folder");
    status.getStyleClass().addAll("text-muted", "text-small");
    status.setPadding(new Insets(4, 12, 4, 12));
    root.setBottom(status);
    return root;
  }

  private static VBox sidebar(I18n i18n) {
    Label name = new Label(i18n.get("app.title"));
    name.setId("first-name");
    name.getStyleClass().add("title-3");
    Label tagline = new Label(i18n.get("app.tagline"));
    tagline.setId("first-tagline");
    tagline.getStyleClass().add("text-muted");
    // The network switcher's box, empty (its list comes with the settings), drawn by the theme's
    // own rule for it: a ComboBox and its skin cost the first frame time.
    Region network = new Region();
    network.setId("first-network-switcher");
    network.getStyleClass().add("combo-box-base");
    network.setMaxWidth(Double.MAX_VALUE);
    network.setMinHeight(SWITCHER);
    network.setPrefHeight(SWITCHER);
    Region gap = new Region();
    gap.setMinHeight(12);
    VBox box = new VBox(4, name, tagline, network, gap);
    box.setPadding(new Insets(16, 8, 16, 8));
    box.setPrefWidth(210);
    for (Section s : Section.values()) {
      ToggleButton button = new ToggleButton(i18n.get(s.navKey()), iconSpace());
      button.setId("first-" + s.navId());
      button.setMaxWidth(Double.MAX_VALUE);
      button.setAlignment(Pos.CENTER_LEFT);
      button.getStyleClass().add("flat");
      button.setFocusTraversable(false);
      button.setSelected(s == Section.ACCOUNTS); // the shell opens on it
      box.getChildren().add(button);
    }
    return box;
  }

  /** The first section's title and introduction, and a progress indicator below them. */
  private static VBox page(I18n i18n) {
    Label title = new Label(i18n.get(Section.ACCOUNTS.navKey()));
    title.setId("first-page-title");
    title.getStyleClass().add("title-2");
    Label intro = new Label(i18n.get(Section.ACCOUNTS.introKey()));
    intro.setId("first-page-intro");
    intro.setWrapText(true);
    intro.getStyleClass().add("text-muted");
    ProgressIndicator progress = new ProgressIndicator();
    progress.setId("first-progress");
    progress.setMaxSize(48, 48);
    VBox page = new VBox(8, title, intro, progress);
    page.setPadding(new Insets(24, 0, 0, 24));
    return page;
  }

  private static Node iconSpace() {
    Region space = new Region();
    space.setMinSize(ICON, ICON);
    space.setPrefSize(ICON, ICON);
    space.setMaxSize(ICON, ICON);
    return space;
  }
}
